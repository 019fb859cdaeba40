package uk.police.purdah.equality.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Election;

/** The parity view of one election: each candidate and how many requests of theirs were seen (EQ-7). */
public record ParityView(UUID electionId, String policeArea, LocalDate pollDate, List<CandidateParity> candidates) {

    /** One row of the matrix. */
    public record CandidateParity(UUID candidateId, String name, Candidate.Status status, long requests) {
    }

    public static ParityView of(Election election, List<Candidate> candidates, Map<UUID, Long> requests) {
        return new ParityView(election.id, election.policeArea, election.pollDate, candidates.stream()
                .map(c -> new CandidateParity(c.id, c.name, c.status, requests.getOrDefault(c.id, 0L)))
                .toList());
    }
}
