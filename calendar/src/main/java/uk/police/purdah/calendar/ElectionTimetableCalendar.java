package uk.police.purdah.calendar;

import java.time.LocalDate;

/**
 * Election timetable days (CAL-2): every day except Saturdays, Sundays, Christmas Eve, Christmas Day,
 * Good Friday, bank holidays in England and Wales, and days appointed for public thanksgiving or mourning.
 * Christmas Eve, Christmas Day and Good Friday are rules, not data: they are days off whatever the list says.
 */
public final class ElectionTimetableCalendar extends TableCalendar {

    public ElectionTimetableCalendar(HolidayTable table) {
        super(table);
    }

    @Override
    protected boolean isDayOff(LocalDate weekday) {
        return isChristmasEve(weekday) || isChristmasDay(weekday) || Easter.isGoodFriday(weekday)
                || table.isListed(weekday, HolidayScope.ENGLAND_AND_WALES)
                || table.isListed(weekday, HolidayScope.PUBLIC_THANKSGIVING_OR_MOURNING);
    }
}
