package uk.police.purdah.intake.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** A request from a candidate, logged once in the register wherever it arrived (INT-1). */
@Entity
@Table(name = "candidate_request")
public class CandidateRequest extends PanacheEntityBase {

    public enum Status {
        RECEIVED, DECIDED, RESPONDED, CLOSED
    }

    @Id
    public UUID id;
    @Column(name = "election_id")
    public UUID electionId;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public RequestKind kind;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String subject;
    public String text;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "inside_purdah")
    public boolean insidePurdah;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** SHA-256 of what was submitted, to tell a resend (INT-10) from a different form under a reused key. */
    public String fingerprint;
}
