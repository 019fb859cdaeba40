package uk.police.purdah.publication.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateUpdated;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.MalformedEventException;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.publication.model.RegistryCandidate;
import uk.police.purdah.support.inbox.UnknownCandidateException;

/**
 * Keeps the candidate registry as the candidate events tell it (PUB-2's ground truth), with who is the incumbent
 * (CAND-2, PUB-5). Request, engagement and election events are {@link PublicationInputs}' business.
 */
@ApplicationScoped
public class RegistryProjection {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        PurdahEvent data = event.data();
        if (data instanceof CandidateRegistered c) {
            RegistryCandidate candidate = RegistryCandidate.findById(c.candidateId());
            boolean isNew = candidate == null;
            if (isNew) {
                candidate = new RegistryCandidate();
                candidate.candidateId = c.candidateId();
                candidate.electionId = c.electionId();
                candidate.status = RegistryCandidate.Status.PROSPECTIVE; // CAND-1
            }
            identity(event, candidate, c.identity());
            candidate.incumbentRole = c.incumbentRole() == null ? IncumbentRole.NONE : c.incumbentRole();
            if (isNew) {
                candidate.persist();
            }
        } else if (data instanceof CandidateUpdated c) {
            RegistryCandidate candidate = known(event, c.candidateId());
            identity(event, candidate, c.identity());
            candidate.incumbentRole = c.incumbentRole() == null ? IncumbentRole.NONE : c.incumbentRole();
        } else if (data instanceof CandidateDeclared c) {
            RegistryCandidate candidate = known(event, c.candidateId());
            if (candidate.status != RegistryCandidate.Status.WITHDRAWN) { // CAND-1: withdrawal ends a candidacy
                candidate.status = RegistryCandidate.Status.DECLARED;
                candidate.updatedAt = event.time();
            }
        } else if (data instanceof CandidateWithdrawn c) {
            RegistryCandidate candidate = known(event, c.candidateId());
            candidate.status = RegistryCandidate.Status.WITHDRAWN;
            candidate.updatedAt = event.time();
        }
    }

    private static void identity(EventEnvelope event, RegistryCandidate candidate, CandidateIdentity identity) {
        if (identity == null || identity.name() == null || identity.name().isBlank()) {
            throw new MalformedEventException(event.type() + " lacks the candidate's name");
        }
        candidate.name = identity.name();
        candidate.party = identity.party();
        candidate.agentName = identity.agentName();
        candidate.email = identity.email();
        candidate.phone = identity.phone();
        candidate.address = identity.address();
        candidate.postcode = identity.postcode();
        candidate.socialHandles = identity.socialHandles() == null ? List.of() : List.copyOf(identity.socialHandles());
        candidate.updatedAt = event.time();
    }

    private static RegistryCandidate known(EventEnvelope event, UUID candidateId) {
        RegistryCandidate candidate = RegistryCandidate.findById(candidateId);
        if (candidate == null) {
            throw new UnknownCandidateException(event.type(), candidateId);
        }
        return candidate;
    }
}
