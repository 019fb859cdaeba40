package uk.police.purdah.intake.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.intake.model.Dealing;

/** A contact with a candidate as the officer, staff member or SPOC records it: who, when, where, what, capacity. */
public record DealingForm(
        @NotNull UUID electionId,
        @NotNull UUID candidateId,
        @NotNull Dealing.Kind kind,
        @NotNull @PastOrPresent OffsetDateTime occurredAt,
        @Size(max = 300) String location,
        @NotBlank @Size(max = 5000) String summary,
        @Schema(description = "CAND-2: required for the incumbent PCC or deputy PCC, STATUTORY (exempt from parity,"
                + " EQ-5) or CANDIDATE; for anyone else only CANDIDATE, the default") Dealing.Capacity capacity) {
}
