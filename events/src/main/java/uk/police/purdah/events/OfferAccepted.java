package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code uk.police.purdah.offer.accepted}. */
public record OfferAccepted(UUID electionId, UUID offerId, UUID candidateId, OffsetDateTime at) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return offerId;
    }
}
