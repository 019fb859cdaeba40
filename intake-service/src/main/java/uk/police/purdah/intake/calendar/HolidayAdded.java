package uk.police.purdah.intake.calendar;

import uk.police.purdah.calendar.Holiday;
/**
 * A CDI event, fired inside the transaction that adds a day to the holiday table, so that what was counted
 * with the old table (an election's timetable) can be counted again in the same transaction.
 */
public record HolidayAdded(Holiday holiday, String actor) {
}
