package uk.police.purdah.equality.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Election;
import uk.police.purdah.equality.model.RequestSeen;
import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateUpdated;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.MalformedEventException;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.support.inbox.UnknownCandidateException;

/**
 * Keeps this service's view of elections, candidates and requests as the events tell it. The
 * topics are not ordered with respect to each other, so a candidate or a request may arrive
 * before its election; nothing here depends on that order. Event types the parity ledger does
 * not use yet are left alone.
 */
@ApplicationScoped
public class ParityProjection {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        PurdahEvent data = event.data();
        if (data instanceof ElectionScheduled e) {
            election(event, e.electionId(), e.policeArea(), e.pollDate(), e.purdahStart());
        } else if (data instanceof ElectionUpdated e) {
            election(event, e.electionId(), e.policeArea(), e.pollDate(), e.purdahStart());
        } else if (data instanceof CandidateRegistered c) {
            registered(event, c);
        } else if (data instanceof CandidateUpdated c) {
            Candidate candidate = known(event, c.candidateId());
            candidate.name = name(event, c.identity());
            candidate.incumbentRole = role(c.incumbentRole());
        } else if (data instanceof CandidateDeclared c) {
            Candidate candidate = known(event, c.candidateId());
            if (candidate.status != Candidate.Status.WITHDRAWN) { // CAND-1: withdrawal ends a candidacy
                candidate.status = Candidate.Status.DECLARED;
            }
        } else if (data instanceof CandidateWithdrawn c) {
            known(event, c.candidateId()).status = Candidate.Status.WITHDRAWN;
        } else if (data instanceof RequestReceived r) {
            received(event, r);
        }
    }

    private static void election(EventEnvelope event, UUID id, String policeArea, LocalDate pollDate,
            LocalDate purdahStart) {
        require(event, "policeArea", policeArea);
        require(event, "pollDate", pollDate);
        require(event, "purdahStart", purdahStart);
        Election election = Election.findById(id);
        boolean isNew = election == null;
        if (isNew) {
            election = new Election();
            election.id = id;
        }
        election.policeArea = policeArea;
        election.pollDate = pollDate;
        election.purdahStart = purdahStart;
        if (isNew) {
            election.persist();
        }
    }

    private static void registered(EventEnvelope event, CandidateRegistered c) {
        String name = name(event, c.identity());
        Candidate candidate = Candidate.findById(c.candidateId());
        boolean isNew = candidate == null;
        if (isNew) {
            candidate = new Candidate();
            candidate.id = c.candidateId();
            candidate.electionId = c.electionId();
            candidate.status = Candidate.Status.PROSPECTIVE; // CAND-1
        }
        candidate.name = name;
        candidate.incumbentRole = role(c.incumbentRole());
        if (isNew) {
            candidate.persist();
        }
    }

    /** One row per request, whichever event told us first. */
    private static void received(EventEnvelope event, RequestReceived r) {
        require(event, "candidateId", r.candidateId());
        require(event, "kind", r.kind());
        require(event, "receivedAt", r.receivedAt());
        if (RequestSeen.findById(r.requestId()) != null) {
            return;
        }
        RequestSeen seen = new RequestSeen();
        seen.requestId = r.requestId();
        seen.electionId = r.electionId();
        seen.candidateId = r.candidateId();
        seen.kind = r.kind();
        seen.receivedAt = r.receivedAt();
        seen.insidePurdah = r.insidePurdah();
        seen.persist();
    }

    private static Candidate known(EventEnvelope event, UUID candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null) {
            throw new UnknownCandidateException(event.type(), candidateId);
        }
        return candidate;
    }

    private static String name(EventEnvelope event, CandidateIdentity identity) {
        String name = identity == null ? null : identity.name();
        if (name == null || name.isBlank()) {
            throw new MalformedEventException(event.type() + " lacks the candidate's name");
        }
        return name;
    }

    private static void require(EventEnvelope event, String field, Object value) {
        if (value == null) {
            throw new MalformedEventException(event.type() + " lacks " + field);
        }
    }

    private static IncumbentRole role(IncumbentRole role) {
        return role == null ? IncumbentRole.NONE : role;
    }
}
