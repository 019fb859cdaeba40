package uk.police.purdah.audit.chain;

import java.util.Iterator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.police.purdah.audit.chain.ChainCheckpoints.Checkpoint;
import uk.police.purdah.audit.mapping.LedgerHead;
import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.repository.LedgerFilter;
import uk.police.purdah.audit.repository.LedgerRepository;

/**
 * Walks the whole chain in ledger order, streaming, in constant memory (AUD-3), and names the
 * first entry whose link is broken:
 * <ul>
 * <li>its previous hash is not the hash of the entry before it (first entry: 64 zeros) — an entry
 * was deleted, inserted or moved before it;</li>
 * <li>its hash is not the hash of its content — the entry was changed;</li>
 * <li>its hash differs from a checkpoint of it written outside the database — the chain was
 * rewritten from some entry up to here at least;</li>
 * <li>or a checkpointed entry is missing — the chain was cut short.</li>
 * </ul>
 * Sequence numbers may have gaps (a transaction that rolled back used one); the chain is the
 * order of the sequence numbers. The walk sees one snapshot: what is appended meanwhile is not in it.
 */
@ApplicationScoped
public class ChainVerifier {

    /** How long a walk may take, in seconds (a million entries take well under a minute). */
    static final int WALK_TIMEOUT_SECONDS = 3600;

    private final LedgerRepository repository;
    private final ChainCheckpoints checkpoints;

    public ChainVerifier(LedgerRepository repository, ChainCheckpoints checkpoints) {
        this.repository = repository;
        this.checkpoints = checkpoints;
    }

    /** The outcome: {@code firstBrokenSequence} and {@code reason} are null when the chain is valid. */
    public record Verification(boolean valid, long entries, LedgerHead head, Long firstBrokenSequence,
            String reason) {
    }

    public Verification verify() {
        Walk walk;
        try (Stream<Checkpoint> written = checkpoints.read()) {
            Walk walking = new Walk(written.iterator());
            QuarkusTransaction.requiringNew().timeout(WALK_TIMEOUT_SECONDS)
                    .run(() -> repository.stream(LedgerFilter.ALL, walking::step));
            walking.end();
            walk = walking;
        }
        return outcome(walk);
    }

    private Verification outcome(Walk walk) {
        LedgerHead head = walk.last == null ? LedgerHead.EMPTY : LedgerHead.of(walk.last);
        if (walk.broken == null) {
            checkpoints.verified(head.sequence(), head.hash());
            return new Verification(true, walk.entries, head, null, null);
        }
        return new Verification(false, walk.entries, head, walk.broken, walk.reason);
    }

    /**
     * The state of one walk: the last entry seen and the next checkpoint to meet. Package-visible so that the
     * bench module can time the very checks the service makes per entry (issue 10).
     */
    static final class Walk {
        private final Iterator<Checkpoint> checkpoints;
        Checkpoint checkpoint;
        long entries;
        LedgerEntry last;
        Long broken;
        String reason;

        Walk(Iterator<Checkpoint> checkpoints) {
            this.checkpoints = checkpoints;
        }

        void step(LedgerEntry entry) {
            entries++;
            if (broken == null) {
                check(entry);
            }
            last = entry;
        }

        private void check(LedgerEntry entry) {
            String expected = last == null ? ChainHash.GENESIS : last.hash;
            if (!expected.equals(entry.previousHash)) {
                brokenAt(entry.sequence, last == null
                        ? "entry " + entry.sequence + " is first but does not start the chain"
                        : "entry " + entry.sequence + " does not follow entry " + last.sequence
                                + ": its previous hash is not that entry's hash");
                return;
            }
            if (!ChainHash.of(entry).equals(entry.hash)) {
                brokenAt(entry.sequence, "entry " + entry.sequence + " has changed: its hash is not that of its content");
                return;
            }
            Checkpoint next = nextCheckpoint();
            if (next != null && next.sequence() < entry.sequence) {
                brokenAt(next.sequence(), "entry " + next.sequence() + ", checkpointed at " + next.at()
                        + ", is missing");
                return;
            }
            if (next != null && next.sequence() == entry.sequence) {
                checkpoint = null;
                if (!next.hash().equals(entry.hash)) {
                    brokenAt(entry.sequence, "entry " + entry.sequence + " is not the entry checkpointed at "
                            + next.at() + ": the chain was rewritten up to here at least");
                }
            }
        }

        void end() {
            Checkpoint next = broken == null ? nextCheckpoint() : null;
            if (next != null) {
                brokenAt(next.sequence(), "entry " + next.sequence() + ", checkpointed at " + next.at()
                        + ", is missing: the chain ends at " + (last == null ? 0 : last.sequence));
            }
        }

        private Checkpoint nextCheckpoint() {
            if (checkpoint == null && checkpoints.hasNext()) {
                checkpoint = checkpoints.next();
            }
            return checkpoint;
        }

        private void brokenAt(long sequence, String why) {
            broken = sequence;
            reason = why;
        }
    }
}
