package uk.police.purdah.equality.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SPOC's recorded reason that resolves a finding (EQ-3, EQ-6). */
public record JustificationForm(
        @NotBlank @Size(max = 2000) @Schema(description = "why the difference is justified; kept with the finding"
                + " for ever and published on purdah.findings", required = true) String reason) {
}
