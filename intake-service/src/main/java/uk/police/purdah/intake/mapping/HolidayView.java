package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.police.purdah.calendar.Holiday;
import uk.police.purdah.calendar.HolidayScope;

/** A day in the holiday table, with where it came from and which calendars it stops (CAL-2). */
public record HolidayView(LocalDate date, String title, HolidayScope scope, Holiday.Source source,
        List<String> countsIn) {

    public static final String ELECTION_TIMETABLE = "ELECTION_TIMETABLE";
    public static final String FOI = "FOI";

    public static HolidayView of(Holiday holiday) {
        List<String> countsIn = new ArrayList<>();
        if (holiday.scope() == HolidayScope.ENGLAND_AND_WALES
                || holiday.scope() == HolidayScope.PUBLIC_THANKSGIVING_OR_MOURNING) {
            countsIn.add(ELECTION_TIMETABLE);
        }
        if (holiday.scope().isBankHoliday()) {
            countsIn.add(FOI);
        }
        return new HolidayView(holiday.date(), holiday.title(), holiday.scope(), holiday.source(),
                List.copyOf(countsIn));
    }
}
