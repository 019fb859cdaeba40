package uk.police.purdah.intake.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.model.CandidateRequest;

/**
 * A request in the register, with where it was routed and what the candidate is told (INT-1, INT-9), and where
 * it is in its lifecycle: the decision (INT-8), the response and its approval.
 */
public record RequestView(UUID id, UUID electionId, UUID candidateId, RequestKind kind, Channel channel,
        String subject, String text, String receivedBy, OffsetDateTime receivedAt, boolean insidePurdah,
        CandidateRequest.Status status, Routing routing, String acknowledgement,
        Decision decision, String reason, UUID publicationId, String purpose, OffsetDateTime decidedAt,
        String decidedBy, String responseText, OffsetDateTime responseDraftedAt, String responseDraftedBy,
        OffsetDateTime responseApprovedAt, String responseApprovedBy) {

    /** INT-9: every acknowledgement tells the candidate that what they are given will be published. */
    public static final String ACKNOWLEDGEMENT = "Your request has been logged with the single point of contact. "
            + "Please note that this request and any information given in response will be published, "
            + "anonymised, on the OPCC website, so that every candidate has access to it.";

    public record Routing(String routedTo, List<String> notified) {
    }

    public static RequestView of(CandidateRequest r, Routing routing) {
        return new RequestView(r.id, r.electionId, r.candidateId, r.kind, r.channel, r.subject, r.text,
                r.receivedBy, r.receivedAt, r.insidePurdah, r.status, routing, ACKNOWLEDGEMENT,
                r.decision, r.decisionReason, r.publicationId, r.purpose, r.decidedAt, r.decidedBy, r.responseText,
                r.responseDraftedAt, r.responseDraftedBy, r.responseApprovedAt, r.responseApprovedBy);
    }
}
