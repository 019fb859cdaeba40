package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code uk.police.purdah.engagement.held}: the briefing, visit or meeting took place; its notes are published (INT-5). */
public record EngagementHeld(UUID electionId, UUID offerId, UUID candidateId, OffsetDateTime heldAt, String notes,
        boolean insidePurdah) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return offerId;
    }
}
