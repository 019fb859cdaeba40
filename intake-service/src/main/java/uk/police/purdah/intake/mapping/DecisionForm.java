package uk.police.purdah.intake.mapping;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.events.Vocabulary.Decision;

/** The SPOC's decision on a request: granted, refused with a reason, or redirected to a publication (INT-8). */
public record DecisionForm(
        @NotNull Decision decision,
        @Size(max = 2000) @Schema(description = "why; required when the decision is REFUSED") String reason,
        @Schema(description = "the publication that already answers the request; required when REDIRECTED, "
                + "and only then") UUID publicationId,
        @Size(max = 500) @Schema(description = "what the request is for, in free text, so that requests of the same "
                + "kind and purpose can be compared (EQ-3); a visit's declared purpose when not given") String purpose,
        @Schema(description = "INT-5: the SPOC confirms that the notes of a meeting with the Chief Constable or the"
                + " Chief Executive will be published, anonymised; required to grant one") Boolean notesWillBePublished,
        @Size(max = 100) @Schema(description = "INT-6: each person asked to be photographed or filmed and their"
                + " answer; those who refused are recorded and excluded; at least one consent is needed to grant")
        List<@Valid @NotNull ConsentForm> consents) {
}
