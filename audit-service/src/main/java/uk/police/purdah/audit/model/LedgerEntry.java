package uk.police.purdah.audit.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only ledger (AUD-1): an event as it was received, or a dead letter.
 * Entries are only ever inserted, by {@code LedgerRepository.append}; this mapping reads them.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    /** The {@code kind} of an entry that holds a message that is not a Purdah event. */
    public static final String DEAD_LETTER = "dead-letter";

    @Id
    public Long sequence;
    @Column(name = "event_id")
    public UUID eventId;
    /** The event type less its {@code uk.police.purdah.} prefix ({@code request.received}), or {@link #DEAD_LETTER}. */
    public String kind;
    public String topic;
    @Column(name = "kafka_partition")
    public int kafkaPartition;
    @Column(name = "kafka_offset")
    public long kafkaOffset;
    public String type;
    public String source;
    @Column(name = "election_id")
    public UUID electionId;
    @Column(name = "candidate_id")
    public UUID candidateId;
    public String actor;
    public String subject;
    @Column(name = "event_time")
    public OffsetDateTime eventTime;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "inside_purdah")
    public boolean insidePurdah;
    /** The CloudEvent JSON (jsonb, read as its text). */
    public String event;
    public String raw;
    @Column(name = "dead_letter_reason")
    public String deadLetterReason;
}
