package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.model.CandidateRequest;
import uk.police.purdah.intake.model.Consent;
import uk.police.purdah.intake.model.OfficeHolder;
import uk.police.purdah.intake.model.VisitPurpose;
import uk.police.purdah.intake.service.FoiStatus;
import uk.police.purdah.intake.service.RequestRules.Assessment;

/**
 * A request in the register, with where it was routed and what the candidate is told (INT-1, INT-9), its FOI
 * deadline (INT-3), what the rules say about it (INT-4..INT-7), and where it is in its lifecycle: the decision
 * (INT-8), the response and its approval.
 */
public record RequestView(UUID id, UUID electionId, UUID candidateId, RequestKind kind, Channel channel,
        String subject, String text, String receivedBy, OffsetDateTime receivedAt, boolean insidePurdah,
        CandidateRequest.Status status, Routing routing, String acknowledgement,
        @Schema(description = "INT-3: an FOI request's due date, the 20th FOI working day after receipt")
        LocalDate foiDueDate,
        @Schema(description = "INT-3: FOI working days left until it is answered; 0 on the due date, negative when"
                + " late") Integer workingDaysLeft,
        @Schema(description = "INT-3: an unanswered FOI request past its due date") Boolean overdue,
        @Schema(description = "INT-3: the day its response was approved (or it was redirected)") LocalDate answeredOn,
        @Schema(description = "INT-3: whether it was answered by its due date") Boolean answeredInTime,
        @Schema(description = "INT-4: a visit's declared purpose") VisitPurpose visitPurpose,
        @Schema(description = "INT-5: whom a meeting is with") OfficeHolder officeHolder,
        @Schema(description = "INT-5: the questions sent in advance") String questions,
        OffsetDateTime questionsRecordedAt, String questionsRecordedBy,
        @Schema(description = "INT-5: the SPOC confirmed the notes will be published") Boolean notesWillBePublished,
        @Schema(description = "INT-6: the day a photograph or filming is planned for") LocalDate plannedOn,
        @Schema(description = "INT-6: each person asked and their answer") List<Consent> consents,
        @Schema(description = "INT-6: those who consented") List<String> photographed,
        @Schema(description = "INT-6: those who refused, recorded and excluded") List<String> excluded,
        @Schema(description = "INT-7: OPEN or CLOSED for a report of police imagery, which is a case")
        String caseStatus,
        @Schema(description = "what the rules say (INT-4..INT-7)") List<RuleWarning> warnings,
        @Schema(description = "the decision the rules recommend, if any (INT-4, INT-6)") Decision recommendedDecision,
        Decision decision, String reason, UUID publicationId, String purpose, OffsetDateTime decidedAt,
        String decidedBy, String responseText, OffsetDateTime responseDraftedAt, String responseDraftedBy,
        OffsetDateTime responseApprovedAt, String responseApprovedBy) {

    /** INT-9: every acknowledgement tells the candidate that what they are given will be published. */
    public static final String ACKNOWLEDGEMENT = "Your request has been logged with the single point of contact. "
            + "Please note that this request and any information given in response will be published, "
            + "anonymised, on the OPCC website, so that every candidate has access to it.";

    public record Routing(String routedTo, List<String> notified) {
    }

    public static RequestView of(CandidateRequest r, FoiStatus foi, Assessment rules) {
        List<Consent> consents = r.consents == null ? List.of() : List.copyOf(r.consents);
        return new RequestView(r.id, r.electionId, r.candidateId, r.kind, r.channel, r.subject, r.text,
                r.receivedBy, r.receivedAt, r.insidePurdah, r.status,
                new Routing(r.routedTo, r.notified == null ? List.of() : List.copyOf(r.notified)), ACKNOWLEDGEMENT,
                foi.foiDueDate(), foi.workingDaysLeft(), foi.overdue(), foi.answeredOn(), foi.answeredInTime(),
                r.visitPurpose, r.officeHolder, r.questions, r.questionsRecordedAt, r.questionsRecordedBy,
                r.notesWillBePublished, r.plannedOn, consents,
                consents.stream().filter(Consent::consent).map(Consent::name).toList(),
                consents.stream().filter(c -> !c.consent()).map(Consent::name).toList(),
                rules.caseStatus(), rules.warnings(), rules.recommendedDecision(),
                r.decision, r.decisionReason, r.publicationId, r.purpose, r.decidedAt, r.decidedBy, r.responseText,
                r.responseDraftedAt, r.responseDraftedBy, r.responseApprovedAt, r.responseApprovedBy);
    }
}
