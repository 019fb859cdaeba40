package uk.police.purdah.intake.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.events.Vocabulary.OfferKind;

/** An offer extended to one candidate, which parity will require of all (EQ-1). */
public record OfferForm(
        @NotNull UUID electionId,
        @NotNull UUID candidateId,
        @NotNull OfferKind kind,
        @Size(max = 200) @Schema(description = "required for a MEETING: CHIEF_CONSTABLE, CHIEF_EXECUTIVE, PCC, or"
                + " another office holder in free text", examples = "CHIEF_CONSTABLE") String officeHolder,
        @Size(max = 2000) String description,
        @PastOrPresent @Schema(description = "when it was extended; defaults to now") OffsetDateTime extendedAt) {
}
