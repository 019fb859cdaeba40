package uk.police.purdah.events;

import java.time.LocalDate;
import java.util.UUID;

/** {@code uk.police.purdah.publication.withdrawn}: a public notice remains with the reason (PUB-7). */
public record PublicationWithdrawn(UUID electionId, UUID publicationId, LocalDate withdrawnOn, String reason)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return publicationId;
    }
}
