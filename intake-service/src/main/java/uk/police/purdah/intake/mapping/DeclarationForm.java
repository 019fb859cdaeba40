package uk.police.purdah.intake.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** CAND-1: the returning officer declared the nomination valid (003 §2.4.1). */
public record DeclarationForm(
        @Schema(description = "the day the nomination was declared valid; defaults to today (UK)") LocalDate declaredOn) {
}
