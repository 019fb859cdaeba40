package uk.police.purdah.events;

import java.util.List;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.IncumbentRole;

/**
 * {@code uk.police.purdah.candidate.registered}: a prospective candidate (CAND-1). The identity
 * fields are what the anonymiser must never let through (PUB-2).
 */
public record CandidateRegistered(UUID electionId, UUID candidateId, CandidateIdentity identity,
        IncumbentRole incumbentRole, boolean formerColleague, List<String> warnings) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return candidateId;
    }
}
