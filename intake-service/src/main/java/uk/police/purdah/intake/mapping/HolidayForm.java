package uk.police.purdah.intake.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.calendar.HolidayScope;

/** A day the SPOC adds to the holiday table (CAL-2). */
public record HolidayForm(
        @NotNull @Schema(examples = "2022-09-19") LocalDate date,
        @NotBlank @Size(max = 200) @Schema(examples = "Bank Holiday for the State Funeral of Queen Elizabeth II")
        String title,
        @NotNull @Schema(description = "a bank holiday in one division (FOI days; ENGLAND_AND_WALES also election"
                + " timetable days), or a day appointed for public thanksgiving or mourning (election timetable"
                + " days only)") HolidayScope scope) {
}
