package uk.police.purdah.publication.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.purdah.publication.model.RegistryCandidate;
import uk.police.purdah.support.problem.NotFoundException;

/**
 * Reads the candidate registry. This service learns of an election through its candidates (it
 * does not consume the election topic), so an election with no registered candidate is unknown.
 */
@ApplicationScoped
public class CandidateRegistry {

    /** Every candidate of the election, withdrawn ones included: they must stay unidentifiable too. */
    public List<RegistryCandidate> of(UUID electionId) {
        List<RegistryCandidate> candidates = RegistryCandidate.list("electionId = ?1 order by name, candidateId",
                electionId);
        if (candidates.isEmpty()) {
            throw new NotFoundException("no candidates registered for election " + electionId);
        }
        return candidates;
    }

    /** PUB-6: who stands, for the portal; withdrawn candidates are no longer listed. */
    public List<RegistryCandidate> standing(UUID electionId) {
        return of(electionId).stream().filter(c -> c.status != RegistryCandidate.Status.WITHDRAWN).toList();
    }
}
