package uk.police.purdah.intake.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SPOC's draft response to a granted or refused request; what is approved is what gets published (PUB-1). */
public record ResponseForm(
        @NotBlank @Size(max = 20000) @Schema(description = "the response as it is to be published") String text) {
}
