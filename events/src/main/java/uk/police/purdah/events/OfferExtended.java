package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.OfferKind;

/** {@code uk.police.purdah.offer.extended}: something offered to one candidate, owed to all (EQ-1). */
public record OfferExtended(UUID electionId, UUID offerId, UUID candidateId, OfferKind kind, String officeHolder,
        String description, OffsetDateTime extendedAt, boolean insidePurdah) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return offerId;
    }
}
