package uk.police.purdah.intake.mapping;

import java.util.List;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.intake.model.Candidate;

/** A candidate as the SPOC sees them in the registry. */
public record CandidateView(UUID id, UUID electionId, String name, String party, String agentName, String email,
        String phone, String address, String postcode, List<String> socialHandles, IncumbentRole incumbentRole,
        boolean formerColleague, Candidate.Status status) {
    public static CandidateView of(Candidate c) {
        return new CandidateView(c.id, c.electionId, c.name, c.party, c.agentName, c.email, c.phone, c.address,
                c.postcode, c.socialHandles, c.incumbentRole, c.formerColleague, c.status);
    }
}
