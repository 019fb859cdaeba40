package uk.police.purdah.intake.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** The intranet form a police officer or OPCC staff fills in for a candidate's request (INT-1, INT-2). */
public record RequestForm(
        @NotNull UUID electionId,
        @NotNull UUID candidateId,
        @NotNull RequestKind kind,
        @NotNull Channel channel,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 20000) String text,
        @PastOrPresent @Schema(description = "when it arrived; defaults to now") OffsetDateTime receivedAt) {
}
