package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.model.OfficeHolder;
import uk.police.purdah.intake.model.VisitPurpose;

/** The intranet form a police officer or OPCC staff fills in for a candidate's request (INT-1, INT-2). */
public record RequestForm(
        @NotNull UUID electionId,
        @NotNull UUID candidateId,
        @NotNull RequestKind kind,
        @NotNull Channel channel,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 20000) String text,
        @PastOrPresent @Schema(description = "when it arrived; defaults to now") OffsetDateTime receivedAt,
        @Schema(description = "INT-4: what a VISIT is for (required for a visit, and only for one); PUBLICITY or"
                + " CAMPAIGNING gets a recommended refusal") VisitPurpose purpose,
        @Schema(description = "INT-5: whom a MEETING or REGULAR_MEETINGS is with (required for those kinds, and"
                + " only for them)") OfficeHolder officeHolder,
        @Size(max = 5000) @Schema(description = "INT-5: the questions the candidate sent in advance of a meeting")
        String questions,
        @Schema(description = "INT-6: the day a PHOTOGRAPH_OR_FILMING is planned for, if known") LocalDate plannedOn) {
}
