package uk.police.purdah.equality.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.police.purdah.equality.mapping.ParityView;
import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Election;
import uk.police.purdah.support.problem.NotFoundException;

/** Reads the parity view of an election (EQ-7). The offers matrix and findings build on this. */
@ApplicationScoped
public class ParityService {

    private final EntityManager entityManager;

    public ParityService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ParityView parity(UUID electionId) {
        Election election = Election.<Election>findByIdOptional(electionId)
                .orElseThrow(() -> new NotFoundException("no election " + electionId));
        List<Candidate> candidates = Candidate.list("electionId = ?1 order by name, id", electionId);
        return ParityView.of(election, candidates, requestsPerCandidate(electionId));
    }

    private Map<UUID, Long> requestsPerCandidate(UUID electionId) {
        return entityManager.createQuery("""
                select r.candidateId, count(r) from RequestSeen r
                where r.electionId = :electionId group by r.candidateId""", Object[].class)
                .setParameter("electionId", electionId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }
}
