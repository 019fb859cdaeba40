package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.calendar.ElectionTimetable;

/** CAL-1: the statutory timetable of a poll. */
public record TimetableView(
        LocalDate poll,
        @Schema(description = "the last day for the notice of election: the 25th election timetable day before the"
                + " poll") LocalDate noticeOfElectionBy,
        @Schema(description = "16:00 Europe/London on the 19th election timetable day before the poll",
                examples = "2024-04-05T16:00:00+01:00") OffsetDateTime nominationsClose,
        @Schema(description = "six weeks before the poll") LocalDate defaultPurdahStart) {

    public static TimetableView of(ElectionTimetable timetable) {
        return new TimetableView(timetable.poll(), timetable.noticeOfElectionBy(), timetable.nominationsClose(),
                timetable.defaultPurdahStart());
    }
}
