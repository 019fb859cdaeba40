package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code uk.police.purdah.finding.resolved}: closed by an event, never by deletion (EQ-6). */
public record FindingResolved(UUID electionId, UUID findingId, String resolution, String justification,
        OffsetDateTime resolvedAt) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return findingId;
    }
}
