package uk.police.purdah.audit.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only, hash-chained ledger (AUD-1): an event as it was received, a dead
 * letter, or a read of the ledger itself (AUD-5). Entries are only ever appended, by
 * {@code AuditChain.append}; {@link #hash} is the SHA-256 of the entry with {@link #previousHash}
 * (see {@code ChainHash}).
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    /** The {@code kind} of an entry that holds a message that is not a Purdah event. */
    public static final String DEAD_LETTER = "dead-letter";
    /** The {@code kind} of an entry that records a read of the ledger (AUD-5). */
    public static final String LEDGER_READ = "ledger.read";

    @Id
    public Long sequence;
    public UUID eventId;
    /**
     * The event type less its {@code uk.police.purdah.} prefix ({@code request.received}),
     * {@link #DEAD_LETTER} or {@link #LEDGER_READ}.
     */
    public String kind;
    /** Where it was read from Kafka; null for a read of the ledger. */
    public String topic;
    public Integer kafkaPartition;
    public Long kafkaOffset;
    public String type;
    public String source;
    public UUID electionId;
    public UUID candidateId;
    public String actor;
    public String subject;
    public OffsetDateTime eventTime;
    public OffsetDateTime receivedAt;
    public boolean insidePurdah;
    /** The CloudEvent JSON, or what was read for a {@link #LEDGER_READ} (jsonb, read as its text). */
    public String event;
    public String raw;
    public String deadLetterReason;
    public String previousHash;
    public String hash;
}
