package uk.police.purdah.audit.chain;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.repository.LedgerRepository;

/**
 * Appends to the hash chain (AUD-1). Appends are serialised by a transaction-scoped PostgreSQL
 * advisory lock, {@code pg_advisory_xact_lock(}{@value #LOCK}{@code )}, taken before the head is
 * read and held until the insert commits, so the chain stays linear however many consumer threads
 * or replicas append; the database's insert trigger takes the same lock and refuses an entry that
 * does not extend the head.
 */
@ApplicationScoped
public class AuditChain {

    /** The advisory lock key; the same literal is in {@code V2__hash_chain.sql}. */
    public static final long LOCK = 8784001L;

    private final LedgerRepository repository;
    private final ChainCheckpoints checkpoints;
    private final TransactionSynchronizationRegistry transactions;

    public AuditChain(LedgerRepository repository, ChainCheckpoints checkpoints,
            TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.checkpoints = checkpoints;
        this.transactions = transactions;
    }

    /**
     * Appends the entry unless one with its event id is already there, so a redelivered or replayed
     * event adds nothing. Sets its sequence, previous hash and hash; times are cut to the
     * microseconds PostgreSQL keeps, so the hash of what is stored is the hash of what was hashed.
     * Returns whether it was appended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean append(LedgerEntry entry) {
        repository.lockForAppend(LOCK);
        if (repository.contains(entry.eventId)) {
            return false;
        }
        entry.previousHash = repository.head().map(head -> head.hash).orElse(ChainHash.GENESIS);
        entry.sequence = repository.nextSequence();
        entry.eventTime = entry.eventTime.truncatedTo(ChronoUnit.MICROS);
        entry.receivedAt = entry.receivedAt.truncatedTo(ChronoUnit.MICROS);
        entry.hash = ChainHash.of(entry);
        repository.insert(entry);
        long sequence = entry.sequence;
        String hash = entry.hash;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    checkpoints.appended(sequence, hash);
                }
            }
        });
        return true;
    }
}
