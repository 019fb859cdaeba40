package uk.police.purdah.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code uk.police.purdah.publication.approved}: the SPOC approved the redacted text (PUB-3), as it was or
 * edited; it goes out at the next release (PUB-4).
 */
public record PublicationApproved(UUID electionId, UUID publicationId, String approvedBy, boolean edited,
        LocalDate releaseOn) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return publicationId;
    }
}
