package uk.police.purdah.intake.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** CAND-1: the candidacy ends. */
public record WithdrawalForm(
        @NotBlank @Size(max = 2000) @Schema(description = "why the candidacy ended") String reason,
        @Schema(description = "the day it ended; defaults to today (UK)") LocalDate withdrawnOn) {
}
