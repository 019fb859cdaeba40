package uk.police.purdah.calendar;

import java.time.LocalDate;

/**
 * FOI working days (CAL-2, INT-3): every day except Saturdays, Sundays and bank holidays in any part of
 * the United Kingdom, so St Patrick's Day and St Andrew's Day are days off. Christmas Day and Good Friday
 * are days off by rule as well, as section 10(6) of the Freedom of Information Act 2000 names them (the
 * list has them in every division anyway). A day appointed for thanksgiving or mourning that is not also
 * a bank holiday is a working day here.
 */
public final class FoiCalendar extends TableCalendar {

    /** INT-3: the 20th working day after receipt. */
    public static final int FOI_WORKING_DAYS = 20;

    public FoiCalendar(HolidayTable table) {
        super(table);
    }

    @Override
    protected boolean isDayOff(LocalDate weekday) {
        return isChristmasDay(weekday) || Easter.isGoodFriday(weekday) || table.isBankHolidayInAnyPart(weekday);
    }

    /**
     * INT-3: when a request received on {@code received} is due: the 20th working day after it. As the
     * Information Commissioner counts, day one is the first working day after the day of receipt, even
     * when that day was a weekend or a holiday.
     *
     * @throws OutsideCalendarException when the receipt or the due date is outside the calendar
     */
    public LocalDate dueDate(LocalDate received) {
        table.requireCovered(received);
        return workingDaysAfter(received, FOI_WORKING_DAYS);
    }
}
