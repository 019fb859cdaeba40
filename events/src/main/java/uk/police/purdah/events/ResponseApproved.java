package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.RequestKind;

/** {@code uk.police.purdah.request.response-approved}: the response that gets published with its request (PUB-1). */
public record ResponseApproved(UUID electionId, UUID requestId, UUID candidateId, RequestKind kind,
        String requestText, String responseText, OffsetDateTime approvedAt, String approvedBy) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return requestId;
    }
}
