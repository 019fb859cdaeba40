package uk.police.purdah.intake.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** INT-6: a person asked whether they are content to be photographed or filmed; they may refuse. */
public record ConsentForm(
        @NotBlank @Size(max = 200) @Schema(description = "the officer's or staff member's name") String name,
        @NotNull @Schema(description = "true if content to be photographed or filmed, false if they refused")
        Boolean consent) {
}
