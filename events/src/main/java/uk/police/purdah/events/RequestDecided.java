package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** {@code uk.police.purdah.request.decided}: granted, refused with a reason, or redirected (INT-8). */
public record RequestDecided(UUID electionId, UUID requestId, UUID candidateId, RequestKind kind, String purpose,
        Decision decision, String reason, UUID publicationId, OffsetDateTime decidedAt) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return requestId;
    }
}
