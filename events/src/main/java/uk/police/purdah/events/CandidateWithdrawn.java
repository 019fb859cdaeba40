package uk.police.purdah.events;

import java.time.LocalDate;
import java.util.UUID;

/** {@code uk.police.purdah.candidate.withdrawn}: the candidacy ended (CAND-1). */
public record CandidateWithdrawn(UUID electionId, UUID candidateId, LocalDate withdrawnOn, String reason)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return candidateId;
    }
}
