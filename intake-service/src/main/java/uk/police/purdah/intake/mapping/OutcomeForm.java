package uk.police.purdah.intake.mapping;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.intake.model.Offer;

/** What came of an offer: accepted, declined, or held (with when and the notes, INT-5). */
public record OutcomeForm(
        @NotNull @Schema(description = "ACCEPTED, DECLINED or HELD") Offer.Status outcome,
        @PastOrPresent @Schema(description = "when the candidate accepted or declined; defaults to now")
        OffsetDateTime at,
        @PastOrPresent @Schema(description = "required for HELD: when it took place") OffsetDateTime heldAt,
        @Size(max = 20000) @Schema(description = "required for HELD: the notes, published anonymised (INT-5)")
        String notes) {
}
