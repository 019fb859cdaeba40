package uk.police.purdah.equality.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import uk.police.purdah.calendar.ElectionTimetableCalendar;
import uk.police.purdah.calendar.Holiday;
import uk.police.purdah.calendar.HolidayScope;
import uk.police.purdah.calendar.HolidayTable;
import uk.police.purdah.calendar.OutsideCalendarException;
import uk.police.purdah.calendar.WorkingDays;
import uk.police.purdah.equality.model.CalendarDay;

/**
 * EQ-1 grace periods in working days of the election timetable calendar (CAL-2: no weekends, Christmas
 * Eve, Christmas Day, Good Friday, bank holidays in England and Wales, days of thanksgiving or mourning),
 * with the days the SPOC added ({@code calendar.day-added}). The offer's own day is not counted: an offer
 * made on Monday 1 June 2026 with 2 working days' grace is owed to all by the end of Wednesday 3 June,
 * so {@code dueBy} is 00:00 on Thursday 4 June, London time. Grace 0 means by the end of the same day.
 */
@ApplicationScoped
public class GraceCalendar {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Logger LOG = Logger.getLogger(GraceCalendar.class);

    public WorkingDays calendar() {
        List<Holiday> added = CalendarDay.<CalendarDay>listAll().stream()
                .map(d -> new Holiday(d.date, d.title, HolidayScope.valueOf(d.scope), Holiday.Source.SPOC))
                .toList();
        return new ElectionTimetableCalendar(HolidayTable.bundled().with(added));
    }

    public OffsetDateTime dueBy(OffsetDateTime start, int graceDays) {
        LocalDate startDay = start.atZoneSameInstant(UK).toLocalDate();
        LocalDate lastDay;
        if (graceDays <= 0) {
            lastDay = startDay;
        } else {
            try {
                lastDay = calendar().workingDaysAfter(startDay, graceDays);
            } catch (OutsideCalendarException e) {
                LOG.warnf("EQ-1: %s; counting weekdays only", e.getMessage());
                lastDay = startDay;
                for (int counted = 0; counted < graceDays;) {
                    lastDay = lastDay.plusDays(1);
                    if (lastDay.getDayOfWeek() != DayOfWeek.SATURDAY && lastDay.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        counted++;
                    }
                }
            }
        }
        return lastDay.plusDays(1).atStartOfDay(UK).toOffsetDateTime();
    }
}
