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
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** A request from a candidate, logged once in the register wherever it arrived (INT-1). */
@Entity
@Table(name = "candidate_request")
public class CandidateRequest extends PanacheEntityBase {

    /**
     * The lifecycle: RECEIVED, then ROUTED once its routing event is written (in the same transaction);
     * DECIDED (granted or refused) or REDIRECTED to a publication (INT-8, which ends it); RESPONSE_DRAFTED,
     * redrafted at will; RESPONSE_APPROVED, which ends it.
     */
    public enum Status {
        RECEIVED, ROUTED, DECIDED, REDIRECTED, RESPONSE_DRAFTED, RESPONSE_APPROVED
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

    @Enumerated(EnumType.STRING)
    public Decision decision;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "publication_id")
    public UUID publicationId;
    /** Free text: what the request is for, kept so requests of the same kind and purpose can be compared (EQ-3). */
    public String purpose;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "response_text")
    public String responseText;
    @Column(name = "response_drafted_at")
    public OffsetDateTime responseDraftedAt;
    @Column(name = "response_drafted_by")
    public String responseDraftedBy;
    @Column(name = "response_approved_at")
    public OffsetDateTime responseApprovedAt;
    @Column(name = "response_approved_by")
    public String responseApprovedBy;
}
