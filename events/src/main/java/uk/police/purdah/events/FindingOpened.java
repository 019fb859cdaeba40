package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code uk.police.purdah.finding.opened}: who is still owed what, and by when (EQ-1..4). */
public record FindingOpened(UUID electionId, UUID findingId, String rule, String description, List<UUID> owedCandidates,
        OffsetDateTime dueBy) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return findingId;
    }
}
