package uk.police.purdah.events;

import java.time.LocalDate;
import java.util.UUID;

/** {@code uk.police.purdah.candidate.declared}: the nomination was declared valid (CAND-1). */
public record CandidateDeclared(UUID electionId, UUID candidateId, LocalDate declaredOn) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return candidateId;
    }
}
