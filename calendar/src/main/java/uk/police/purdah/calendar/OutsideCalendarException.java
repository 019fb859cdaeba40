package uk.police.purdah.calendar;

import java.time.LocalDate;

/** A date, or a count of working days, that reaches beyond the days the holiday table covers. */
public class OutsideCalendarException extends RuntimeException {

    private final LocalDate date;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    public OutsideCalendarException(LocalDate date, LocalDate firstDay, LocalDate lastDay) {
        super("the calendar covers " + firstDay + " to " + lastDay + " (the published UK bank holidays, plus the"
                + " days the SPOC adds); " + date + " is outside it");
        this.date = date;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }
}
