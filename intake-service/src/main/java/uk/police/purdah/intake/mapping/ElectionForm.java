package uk.police.purdah.intake.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the SPOC enters to schedule an election (CAL-1). */
public record ElectionForm(
        @NotBlank @Size(max = 120) @Schema(examples = "Norfolk") String policeArea,
        @NotNull @Pattern(regexp = "ENGLAND|WALES", message = "must be ENGLAND or WALES") String nation,
        @NotNull @Schema(examples = "2026-07-16") LocalDate pollDate,
        @Schema(description = "defaults to six weeks before the poll") LocalDate purdahStart) {
}
