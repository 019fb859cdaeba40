package uk.police.purdah.notification.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.purdah.calendar.FoiCalendar;
import uk.police.purdah.calendar.Holiday;
import uk.police.purdah.calendar.HolidayScope;
import uk.police.purdah.calendar.HolidayTable;
import uk.police.purdah.notification.model.CalendarDay;

/**
 * FOI working days (CAL-2, INT-3) as intake counts them: the shipped holiday table plus the days the SPOC added
 * ({@code calendar.day-added}), read when a calendar is asked for.
 */
@ApplicationScoped
public class FoiDays {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public FoiCalendar calendar() {
        List<Holiday> added = CalendarDay.<CalendarDay>listAll().stream()
                .map(d -> new Holiday(d.date, d.title, HolidayScope.valueOf(d.scope), Holiday.Source.SPOC))
                .toList();
        return new FoiCalendar(HolidayTable.bundled().with(added));
    }

    /**
     * The FOI working days after {@code today} up to and including {@code due}: 0 on the due date (as intake's
     * register shows it); negative once {@code today} is past it.
     */
    public static int workingDaysLeft(FoiCalendar calendar, LocalDate today, LocalDate due) {
        if (!today.isAfter(due)) {
            return calendar.workingDaysBetween(today, due);
        }
        return -Math.max(1, calendar.workingDaysBetween(due, today));
    }
}
