package uk.police.purdah.events;

import java.util.UUID;

import uk.police.purdah.events.Vocabulary.IncumbentRole;

/** {@code uk.police.purdah.candidate.updated}: the candidate's identity or flags as they now stand. */
public record CandidateUpdated(UUID electionId, UUID candidateId, CandidateIdentity identity,
        IncumbentRole incumbentRole, boolean formerColleague) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return candidateId;
    }
}
