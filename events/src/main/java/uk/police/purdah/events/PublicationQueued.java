package uk.police.purdah.events;

import java.util.UUID;

/** {@code uk.police.purdah.publication.queued}: anonymised text waiting for the SPOC's review (PUB-3). */
public record PublicationQueued(UUID electionId, UUID publicationId, UUID sourceId, String kind) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return publicationId;
    }
}
