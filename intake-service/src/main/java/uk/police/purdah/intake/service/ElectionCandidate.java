package uk.police.purdah.intake.service;

import java.util.UUID;

import jakarta.persistence.LockModeType;

import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.InvalidFieldException;

/** A candidate of an election, as an offer or a dealing names them: an unknown one is a 400 naming the field. */
record ElectionCandidate(Election election, Candidate candidate) {

    static ElectionCandidate find(UUID electionId, UUID candidateId, LockModeType lock) {
        Election election = Election.findById(electionId);
        if (election == null) {
            throw new InvalidFieldException("electionId", "no such election");
        }
        Candidate candidate = Candidate.findById(candidateId, lock);
        if (candidate == null || !candidate.electionId.equals(election.id)) {
            throw new InvalidFieldException("candidateId", "no such candidate in this election");
        }
        return new ElectionCandidate(election, candidate);
    }
}
