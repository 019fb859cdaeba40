package uk.police.purdah.intake.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.InvalidFieldException;

import uk.police.purdah.calendar.ElectionTimetable;
import uk.police.purdah.calendar.ElectionTimetableCalendar;
import uk.police.purdah.calendar.FoiCalendar;
import uk.police.purdah.calendar.Holiday;
import uk.police.purdah.calendar.HolidayScope;
import uk.police.purdah.calendar.HolidayTable;
import uk.police.purdah.calendar.OutsideCalendarException;

/**
 * The two calendars of CAL-2 over the shipped GOV.UK list plus the SPOC's days, which are read from
 * {@code calendar_holiday} on every use so that every replica sees a day as soon as it is added.
 */
@ApplicationScoped
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class);

    private final Clock clock;
    private final Event<HolidayAdded> holidayAdded;

    public CalendarService(Clock clock, Event<HolidayAdded> holidayAdded) {
        this.clock = clock;
        this.holidayAdded = holidayAdded;
    }

    /** Reads the shipped list at start-up, so that a broken resource stops the service rather than a request. */
    @Startup
    void checkTheShippedList() {
        HolidayTable bundled = HolidayTable.bundled();
        LOG.infof("holiday table %s: covers %s to %s, %s", HolidayTable.RESOURCE, bundled.firstDay(),
                bundled.lastDay(), bundled.counts());
    }

    /** The shipped list plus the SPOC's days. */
    public HolidayTable table() {
        List<Holiday> added = CalendarHoliday.<CalendarHoliday>listAll().stream().map(CalendarHoliday::toHoliday)
                .toList();
        return HolidayTable.bundled().with(added);
    }

    public ElectionTimetableCalendar electionDays() {
        return new ElectionTimetableCalendar(table());
    }

    public FoiCalendar foiDays() {
        return new FoiCalendar(table());
    }

    /** CAL-1. @throws OutsideCalendarException when the timetable reaches outside the calendar */
    public ElectionTimetable timetable(LocalDate poll) {
        return ElectionTimetable.of(poll, electionDays());
    }

    /** INT-3. @throws OutsideCalendarException when the receipt or the due date is outside the calendar */
    public LocalDate foiDue(LocalDate received) {
        return foiDays().dueDate(received);
    }

    /** The table's days in a year, or all of them. */
    public List<Holiday> holidays(Integer year) {
        HolidayTable table = table();
        return year == null ? table.all() : table.inYear(year);
    }

    /**
     * CAL-2: the SPOC adds a day. It must lie in the range the calendar covers, on a weekday, and not be
     * listed already for the same scope. Observers of {@link HolidayAdded} run in the same transaction.
     */
    @Transactional
    public Holiday add(LocalDate date, String title, HolidayScope scope, String actor) {
        HolidayTable table = table();
        if (!table.covers(date)) {
            throw new InvalidFieldException("date", "the calendar covers " + table.firstDay() + " to "
                    + table.lastDay() + "; a day outside it cannot be added");
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new InvalidFieldException("date", "is a " + date.getDayOfWeek().toString().toLowerCase()
                    + ", never a working day in either calendar");
        }
        table.find(date, scope).ifPresent(existing -> {
            throw new ConflictException(date + " is already a holiday for " + scope + ": " + existing.title());
        });
        CalendarHoliday row = new CalendarHoliday();
        row.id = UUID.randomUUID();
        row.date = date;
        row.title = title.strip();
        row.scope = scope;
        row.addedBy = actor;
        row.addedAt = OffsetDateTime.now(clock);
        try {
            row.persistAndFlush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException) {
                    throw new ConflictException(date + " is already a holiday for " + scope);
                }
            }
            throw e;
        }
        LOG.infof("%s added %s (%s) to the holiday table for %s", actor, date, row.title, scope);
        Holiday holiday = row.toHoliday();
        holidayAdded.fire(new HolidayAdded(holiday, actor));
        return holiday;
    }
}
