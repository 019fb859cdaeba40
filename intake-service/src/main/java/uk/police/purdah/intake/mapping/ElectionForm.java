package uk.police.purdah.intake.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the SPOC enters to schedule an election (CAL-1). */
public record ElectionForm(
        @NotBlank @Size(max = 120) @Schema(examples = "Norfolk") String policeArea,
        @NotNull @Pattern(regexp = "ENGLAND|WALES", message = "must be ENGLAND or WALES") String nation,
        @NotNull @Schema(examples = "2026-07-16") LocalDate pollDate,
        @Schema(description = "defaults to six weeks before the poll") LocalDate purdahStart,
        @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time, HH:MM")
        @Schema(description = "the time nominations close on the statutory day (the 19th election timetable day"
                + " before the poll); defaults to 16:00", examples = "16:00") String nominationsCloseTime,
        @Min(0) @Max(20) @Schema(description = "EQ-1: working days an offer made to one candidate may wait before"
                + " it is owed to every other; defaults to 2", examples = "2") Integer parityGraceDays) {
}
