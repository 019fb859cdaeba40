package uk.police.purdah.intake.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** INT-5: the questions a candidate sent in advance of a meeting with the Chief Constable or Chief Executive. */
public record QuestionsForm(
        @NotBlank @Size(max = 5000) @Schema(description = "the questions, as the candidate sent them") String text) {
}
