package uk.police.purdah.intake.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.intake.model.Offer;
import uk.police.purdah.intake.service.CandidateRules;
import uk.police.purdah.intake.service.OfferBook;

/** An offer as the register shows it, with the candidate's CAND-4 caution and any INT-5 reminder. */
public record OfferView(UUID id, UUID electionId, UUID candidateId, String candidateName, String candidateCaution,
        OfferKind kind, String officeHolder, String description, OffsetDateTime extendedAt, String extendedBy,
        boolean insidePurdah, Offer.Status status, OffsetDateTime outcomeAt, String outcomeBy, OffsetDateTime heldAt,
        String notes, List<String> warnings) {
    public static OfferView of(Offer o, Candidate candidate) {
        return new OfferView(o.id, o.electionId, o.candidateId, candidate.name,
                CandidateRules.caution(candidate.formerColleague), o.kind, o.officeHolder, o.description,
                uk(o.extendedAt), o.extendedBy, o.insidePurdah, o.status, uk(o.outcomeAt), o.outcomeBy, uk(o.heldAt),
                o.notes, OfferBook.warnings(o, candidate));
    }

    static OffsetDateTime uk(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Election.UK).toOffsetDateTime();
    }
}
