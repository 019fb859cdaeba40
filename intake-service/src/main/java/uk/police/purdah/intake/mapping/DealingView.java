package uk.police.purdah.intake.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Dealing;
import uk.police.purdah.intake.service.CandidateRules;

/** A dealing as the register shows it, with the candidate's CAND-4 caution. */
public record DealingView(UUID id, UUID electionId, UUID candidateId, String candidateName, String candidateCaution,
        Dealing.Kind kind, OffsetDateTime occurredAt, String location, String summary, Dealing.Capacity capacity,
        boolean statutory, String recordedBy, OffsetDateTime recordedAt, boolean insidePurdah) {
    public static DealingView of(Dealing d, Candidate candidate) {
        return new DealingView(d.id, d.electionId, d.candidateId, candidate.name,
                CandidateRules.caution(candidate.formerColleague), d.kind, OfferView.uk(d.occurredAt), d.location,
                d.summary, d.capacity, d.statutory, d.recordedBy, OfferView.uk(d.recordedAt), d.insidePurdah);
    }
}
