package uk.police.purdah.intake.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    public UUID electionId;
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public RequestKind kind;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String subject;
    public String text;
    public String receivedBy;
    public OffsetDateTime receivedAt;
    public boolean insidePurdah;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String idempotencyKey;
    /** SHA-256 of what was submitted, to tell a resend (INT-10) from a different form under a reused key. */
    public String fingerprint;

    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String decisionReason;
    public UUID publicationId;
    /** Free text: what the request is for, kept so requests of the same kind and purpose can be compared (EQ-3). */
    public String purpose;
    public OffsetDateTime decidedAt;
    public String decidedBy;
    public String responseText;
    public OffsetDateTime responseDraftedAt;
    public String responseDraftedBy;
    public OffsetDateTime responseApprovedAt;
    public String responseApprovedBy;

    /** INT-1: where it was routed and who was told, fixed when it was logged. */
    public String routedTo;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> notified = new ArrayList<>();
    /** INT-3: for an FOI request, the 20th FOI working day after receipt. */
    public LocalDate foiDueDate;
    /** INT-4: what a visit is for, as declared. */
    @Enumerated(EnumType.STRING)
    public VisitPurpose visitPurpose;
    /** INT-5: whom a meeting is with. */
    @Enumerated(EnumType.STRING)
    public OfficeHolder officeHolder;
    /** INT-5: the questions the candidate sent in advance of a meeting. */
    public String questions;
    public OffsetDateTime questionsRecordedAt;
    public String questionsRecordedBy;
    /** INT-5: the SPOC confirmed, when granting, that the notes of the meeting will be published anonymised. */
    public Boolean notesWillBePublished;
    /** INT-6: the day a photograph or filming is planned for, if known. */
    public LocalDate plannedOn;
    /** INT-6: each person asked to be photographed or filmed, and their answer. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Consent> consents = new ArrayList<>();

    public boolean isAnswered() {
        return status == Status.RESPONSE_APPROVED || status == Status.REDIRECTED;
    }
}
