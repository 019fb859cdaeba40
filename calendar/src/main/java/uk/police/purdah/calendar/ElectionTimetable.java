package uk.police.purdah.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * CAL-1: the statutory timetable of a PCC poll, counted in election timetable days (CAL-2), the poll
 * day itself not counted: the notice of election is published by the 25th working day before the poll,
 * nominations close at 16:00 on the 19th (Europe/London time), and purdah starts by default six weeks
 * before the poll (001 §12.1.1, 002).
 */
public record ElectionTimetable(LocalDate poll, LocalDate noticeOfElectionBy, OffsetDateTime nominationsClose,
        LocalDate defaultPurdahStart) {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final int NOTICE_OF_ELECTION_WORKING_DAYS = 25;
    public static final int NOMINATIONS_WORKING_DAYS = 19;
    public static final LocalTime NOMINATIONS_CLOSE_TIME = LocalTime.of(16, 0);
    public static final int DEFAULT_PURDAH_WEEKS = 6;

    /**
     * @throws OutsideCalendarException when the poll, or the count back from it, leaves the calendar
     */
    public static ElectionTimetable of(LocalDate poll, ElectionTimetableCalendar days) {
        days.table().requireCovered(poll);
        LocalDate nominationsDay = days.workingDaysBefore(poll, NOMINATIONS_WORKING_DAYS);
        return new ElectionTimetable(poll, days.workingDaysBefore(poll, NOTICE_OF_ELECTION_WORKING_DAYS),
                at(nominationsDay, NOMINATIONS_CLOSE_TIME), poll.minusWeeks(DEFAULT_PURDAH_WEEKS));
    }

    /** The day nominations close. */
    public LocalDate nominationsCloseDay() {
        return nominationsClose.atZoneSameInstant(UK).toLocalDate();
    }

    /** Nominations closing on the statutory day at another time (the SPOC's override, CAL-1). */
    public OffsetDateTime nominationsCloseAt(LocalTime time) {
        return at(nominationsCloseDay(), time);
    }

    /** A wall-clock time on a day in England and Wales, with that day's offset. */
    static OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(UK).toOffsetDateTime();
    }
}
