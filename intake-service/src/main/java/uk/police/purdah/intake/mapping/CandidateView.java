package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.intake.service.CandidateRules;

/**
 * A candidate as the SPOC sees them in the registry: status (CAND-1), incumbent role (CAND-2), the CAND-3
 * warnings for the SPOC and the CAND-4 caution.
 */
public record CandidateView(UUID id, UUID electionId, String name, String party, String agentName, String email,
        String phone, String address, String postcode, List<String> socialHandles, IncumbentRole incumbentRole,
        boolean formerColleague, String caution, Candidate.Employment employment, LocalDate resignedOn,
        List<String> warnings, Candidate.Status status, LocalDate declaredOn, LocalDate withdrawnOn,
        String withdrawalReason) {
    public static CandidateView of(Candidate c, Election election) {
        return new CandidateView(c.id, c.electionId, c.name, c.party, c.agentName, c.email, c.phone, c.address,
                c.postcode, c.socialHandles, c.incumbentRole, c.formerColleague, CandidateRules.caution(c.formerColleague),
                c.employment, c.resignedOn, CandidateRules.warnings(c.employment, c.resignedOn, election), c.status,
                c.declaredOn, c.withdrawnOn, c.withdrawalReason);
    }
}
