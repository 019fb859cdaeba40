package uk.police.purdah.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/** What the two calendars share: a holiday table, its range, and weekends. */
abstract class TableCalendar implements WorkingDays {

    protected final HolidayTable table;

    TableCalendar(HolidayTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public final boolean isWorkingDay(LocalDate date) {
        table.requireCovered(date);
        return !isWeekend(date) && !isDayOff(date);
    }

    /** Whether a weekday in range is a day off in this calendar. */
    protected abstract boolean isDayOff(LocalDate weekday);

    @Override
    public LocalDate firstDay() {
        return table.firstDay();
    }

    @Override
    public LocalDate lastDay() {
        return table.lastDay();
    }

    public HolidayTable table() {
        return table;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static boolean isChristmasDay(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25;
    }

    static boolean isChristmasEve(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24;
    }
}
