package uk.police.purdah.events;

import java.time.LocalDate;
import java.util.UUID;

/** {@code uk.police.purdah.publication.published}: released in a batch, dated by day only (PUB-4). */
public record PublicationPublished(UUID electionId, UUID publicationId, LocalDate publishedOn, String approvedBy)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return publicationId;
    }
}
