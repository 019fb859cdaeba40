package uk.police.purdah.calendar;

import java.time.LocalDate;

/**
 * A calendar of working days over the range its holiday table covers (CAL-2). Counting never counts the
 * day it starts from: the n-th working day after a date is the n-th working day in (date, ...], and the
 * n-th working day before a date is the n-th in [..., date).
 */
public interface WorkingDays {

    /** @throws OutsideCalendarException when the calendar does not cover the date */
    boolean isWorkingDay(LocalDate date);

    LocalDate firstDay();

    LocalDate lastDay();

    /** The n-th working day after {@code start} (n ≥ 1); {@code start} itself is not counted. */
    default LocalDate workingDaysAfter(LocalDate start, int n) {
        return step(start, n, 1);
    }

    /** The n-th working day before {@code end} (n ≥ 1); {@code end} itself is not counted. */
    default LocalDate workingDaysBefore(LocalDate end, int n) {
        return step(end, n, -1);
    }

    /** How many working days lie in (startExclusive, endInclusive]; 0 when end is not after start. */
    default int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        int count = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate from, int n, int direction) {
        if (n < 1) {
            throw new IllegalArgumentException("count at least one working day, not " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
