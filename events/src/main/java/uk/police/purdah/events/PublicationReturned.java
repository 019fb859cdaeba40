package uk.police.purdah.events;

import java.util.UUID;

/** {@code uk.police.purdah.publication.returned}: the SPOC sent the redacted text back, with a reason (PUB-3). */
public record PublicationReturned(UUID electionId, UUID publicationId, String reason, String returnedBy)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return publicationId;
    }
}
