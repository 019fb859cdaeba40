package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code uk.police.purdah.finding.breached}: the grace period ran out with candidates still owed (EQ-1). */
public record FindingBreached(UUID electionId, UUID findingId, String rule, List<UUID> owedCandidates,
        OffsetDateTime dueBy, OffsetDateTime breachedAt) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return findingId;
    }
}
