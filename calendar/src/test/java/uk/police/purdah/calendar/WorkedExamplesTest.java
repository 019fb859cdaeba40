package uk.police.purdah.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of the calendar rules, each checked outside this code: the 2024 timetable against the
 * Electoral Commission's PCC timetable, the others by counting by hand on a calendar with the GOV.UK bank
 * holidays of the year (and a second count with an independent script over the same JSON).
 */
class WorkedExamplesTest {

    private static final HolidayTable TABLE = HolidayTable.bundled();
    private static final ElectionTimetableCalendar ELECTION = new ElectionTimetableCalendar(TABLE);
    private static final FoiCalendar FOI = new FoiCalendar(TABLE);

    /*
     * poll | notice of election by | nominations close | default purdah start — how each was checked:
     *
     * 2024-05-02  Electoral Commission PCC timetable for the 2 May 2024 poll: notice by Tuesday 26 March,
     *             nominations by 4pm Friday 5 April; Good Friday 29 March and Easter Monday 1 April are not
     *             counted. Purdah: 2 May − 42 days = Thursday 21 March (by hand).
     * 2021-05-06  By hand: counting back from Wednesday 5 May, skipping Early May (3 May), Easter Monday
     *             (5 April) and Good Friday (2 April): 19th day Thursday 8 April, 25th Monday 29 March.
     *             Purdah 25 March. (The Commission's 2021 timetable gives the same two days.)
     * 2016-05-05  By hand: skipping Early May (2 May), Easter Monday (28 March), Good Friday (25 March): 19th day
     *             Thursday 7 April, 25th Wednesday 30 March. Purdah 24 March, which is the date seed 001
     *             §12.1.1 gives ("midnight on Thursday 24th March, 2016"). NB seed 001 §1.3 says nominations
     *             close on "Friday, 8 April 2016": one day later than the statutory count, which gives Thursday.
     * 2026-07-16  By hand (the poll of seed 000): no holiday between 11 June and 16 July 2026: 19th day Friday
     *             19 June, 25th Thursday 11 June (seed 000 is dated 11 June 2026). Purdah 4 June.
     * 2012-11-15  By hand (the first PCC elections): no holiday in October or November; 19th day Friday
     *             19 October (the day nominations closed in 2012, then at noon), 25th Thursday 11 October.
     *             19 October 2012 was still summer time (+01:00).
     * 2025-01-23  A hypothetical winter by-election, by hand: counting back skips New Year's Day, Boxing Day,
     *             Christmas Day and Christmas Eve (a Tuesday, not a bank holiday, but not an election
     *             timetable day): 19th day Monday 23 December 2024, in GMT (+00:00); 25th Friday 13 December.
     */
    @ParameterizedTest(name = "poll {0}: notice by {1}, nominations close {2}, purdah from {3}")
    @CsvSource({
            "2024-05-02, 2024-03-26, 2024-04-05T16:00+01:00, 2024-03-21",
            "2021-05-06, 2021-03-29, 2021-04-08T16:00+01:00, 2021-03-25",
            "2016-05-05, 2016-03-30, 2016-04-07T16:00+01:00, 2016-03-24",
            "2026-07-16, 2026-06-11, 2026-06-19T16:00+01:00, 2026-06-04",
            "2012-11-15, 2012-10-11, 2012-10-19T16:00+01:00, 2012-10-04",
            "2025-01-23, 2024-12-13, 2024-12-23T16:00Z,      2024-12-12",
    })
    void CAL_1_theTimetableOfAPoll(LocalDate poll, LocalDate notice, OffsetDateTime nominationsClose,
            LocalDate purdah) {
        ElectionTimetable timetable = ElectionTimetable.of(poll, ELECTION);
        assertThat(timetable.poll()).isEqualTo(poll);
        assertThat(timetable.noticeOfElectionBy()).isEqualTo(notice);
        assertThat(timetable.nominationsClose()).isEqualTo(nominationsClose);
        assertThat(timetable.nominationsClose().getOffset()).isEqualTo(nominationsClose.getOffset());
        assertThat(timetable.defaultPurdahStart()).isEqualTo(purdah);
    }

    @Test
    void CAL_1_theSpocMayMoveTheTimeNominationsCloseNotTheDay() {
        ElectionTimetable timetable = ElectionTimetable.of(LocalDate.parse("2024-05-02"), ELECTION);
        assertThat(timetable.nominationsCloseAt(LocalTime.NOON))
                .isEqualTo(OffsetDateTime.parse("2024-04-05T12:00+01:00"));
    }

    /*
     * received | due — each counted by hand, day one being the first FOI working day after receipt:
     *
     * 2024-06-03  Monday, no holiday: Tuesday 4 June is day one; day 20 is Monday 1 July.
     * 2024-03-28  Thursday before Easter: Good Friday 29 March and Easter Monday 1 April are not counted;
     *             day one Tuesday 2 April, day 20 Monday 29 April.
     * 2024-03-15  Friday: Monday 18 March is St Patrick's Day (substitute) in Northern Ireland, so not an FOI
     *             working day anywhere; with Easter, day 20 is Wednesday 17 April.
     * 2024-03-16  Saturday: day one is still Tuesday 19 March, so the same due day as the Friday before.
     * 2024-11-29  Friday: Monday 2 December is St Andrew's Day (substitute) in Scotland; Christmas Eve counts;
     *             25 and 26 December, 1 January and 2 January (Scotland) do not: day 20 Friday 3 January 2025.
     * 2022-09-16  Friday: Monday 19 September 2022 was the bank holiday for the State Funeral of Queen
     *             Elizabeth II: day one Tuesday 20 September, day 20 Monday 17 October.
     */
    @ParameterizedTest(name = "received {0}: due {1}")
    @CsvSource({
            "2024-06-03, 2024-07-01",
            "2024-03-28, 2024-04-29",
            "2024-03-15, 2024-04-17",
            "2024-03-16, 2024-04-17",
            "2024-11-29, 2025-01-03",
            "2022-09-16, 2022-10-17",
    })
    void INT_3_theDueDateOfAnFoiRequest(LocalDate received, LocalDate due) {
        assertThat(FOI.dueDate(received)).isEqualTo(due);
    }

    @Test
    void CAL_2_stPatricksAndStAndrewsDaysAreFoiHolidaysButElectionTimetableDays() {
        for (LocalDate day : List.of(LocalDate.parse("2024-03-18"), LocalDate.parse("2024-12-02"),
                LocalDate.parse("2025-01-02"), LocalDate.parse("2023-07-12"))) {
            assertThat(FOI.isWorkingDay(day)).as("FOI %s", day).isFalse();
            assertThat(ELECTION.isWorkingDay(day)).as("election %s", day).isTrue();
        }
    }

    @Test
    void CAL_2_christmasEveIsAnFoiWorkingDayButNoElectionTimetableDay() {
        LocalDate christmasEve = LocalDate.parse("2024-12-24");
        assertThat(FOI.isWorkingDay(christmasEve)).isTrue();
        assertThat(ELECTION.isWorkingDay(christmasEve)).isFalse();
    }

    @Test
    void CAL_2_bankHolidaysInEnglandAndWalesStopBothCalendars() {
        for (LocalDate day : List.of(LocalDate.parse("2024-03-29"), LocalDate.parse("2024-04-01"),
                LocalDate.parse("2022-09-19"), LocalDate.parse("2023-05-08"), LocalDate.parse("2020-05-08"))) {
            assertThat(FOI.isWorkingDay(day)).as("FOI %s", day).isFalse();
            assertThat(ELECTION.isWorkingDay(day)).as("election %s", day).isFalse();
        }
    }

    @Test
    void CAL_2_theShippedListCovers2012To2028ForEveryDivision() {
        assertThat(TABLE.firstDay()).isEqualTo(LocalDate.parse("2012-01-01"));
        assertThat(TABLE.lastDay()).isEqualTo(LocalDate.parse("2028-12-31"));
        assertThat(TABLE.counts()).containsEntry(HolidayScope.ENGLAND_AND_WALES, 140L)
                .containsEntry(HolidayScope.SCOTLAND, 157L).containsEntry(HolidayScope.NORTHERN_IRELAND, 174L)
                .doesNotContainKey(HolidayScope.PUBLIC_THANKSGIVING_OR_MOURNING);
        assertThat(TABLE.find(LocalDate.parse("2022-09-19"), HolidayScope.ENGLAND_AND_WALES)).get()
                .extracting(Holiday::title).isEqualTo("Bank Holiday for the State Funeral of Queen Elizabeth II");
        assertThat(TABLE.find(LocalDate.parse("2021-12-27"), HolidayScope.SCOTLAND)).get()
                .extracting(Holiday::title).isEqualTo("Christmas Day (substitute day)");
    }

    @Test
    void CAL_2_aDayOfMourningAddedByTheSpocMovesTheTimetableNotTheFoiCount() {
        // a hypothetical day of mourning on Wednesday 10 April 2024, inside the 2 May 2024 timetable
        LocalDate mourning = LocalDate.parse("2024-04-10");
        HolidayTable table = TABLE.with(List.of(new Holiday(mourning, "National day of mourning",
                HolidayScope.PUBLIC_THANKSGIVING_OR_MOURNING, Holiday.Source.SPOC)));
        ElectionTimetable timetable = ElectionTimetable.of(LocalDate.parse("2024-05-02"),
                new ElectionTimetableCalendar(table));
        assertThat(timetable.nominationsClose()).isEqualTo(OffsetDateTime.parse("2024-04-04T16:00+01:00"));
        assertThat(timetable.noticeOfElectionBy()).isEqualTo(LocalDate.parse("2024-03-25"));
        assertThat(new FoiCalendar(table).dueDate(LocalDate.parse("2024-04-05")))
                .isEqualTo(FOI.dueDate(LocalDate.parse("2024-04-05")));
    }

    @Test
    void CAL_2_aScottishHolidayAddedByTheSpocMovesTheFoiCountNotTheTimetable() {
        LocalDate extra = LocalDate.parse("2024-04-10");
        HolidayTable table = TABLE.with(List.of(new Holiday(extra, "Extra bank holiday", HolidayScope.SCOTLAND,
                Holiday.Source.SPOC)));
        assertThat(new FoiCalendar(table).dueDate(LocalDate.parse("2024-04-05")))
                .isEqualTo(FOI.workingDaysAfter(FOI.dueDate(LocalDate.parse("2024-04-05")), 1));
        assertThat(ElectionTimetable.of(LocalDate.parse("2024-05-02"), new ElectionTimetableCalendar(table)))
                .isEqualTo(ElectionTimetable.of(LocalDate.parse("2024-05-02"), ELECTION));
    }

    @Test
    void CAL_2_nothingIsCountedOutsideTheDaysTheListCovers() {
        assertThatThrownBy(() -> FOI.dueDate(LocalDate.parse("2011-12-30")))
                .isInstanceOf(OutsideCalendarException.class).hasMessageContaining("2012-01-01 to 2028-12-31");
        assertThatThrownBy(() -> FOI.dueDate(LocalDate.parse("2028-12-20")))
                .isInstanceOf(OutsideCalendarException.class)
                .satisfies(e -> assertThat(((OutsideCalendarException) e).date()).isAfter(TABLE.lastDay()));
        assertThatThrownBy(() -> ElectionTimetable.of(LocalDate.parse("2012-01-19"), ELECTION))
                .isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> ElectionTimetable.of(LocalDate.parse("2029-05-03"), ELECTION))
                .isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> TABLE.with(List.of(new Holiday(LocalDate.parse("2029-01-02"), "Too late",
                HolidayScope.SCOTLAND, Holiday.Source.SPOC)))).isInstanceOf(OutsideCalendarException.class);
    }

    @Test
    void CAL_2_goodFridayIsComputedNotOnlyListed() {
        // Easter Sundays from the published tables: 2012-04-08, 2016-03-27, 2024-03-31, 2025-04-20, 2028-04-16
        assertThat(List.of(2012, 2016, 2024, 2025, 2028).stream().map(Easter::sunday).toList()).containsExactly(
                LocalDate.parse("2012-04-08"), LocalDate.parse("2016-03-27"), LocalDate.parse("2024-03-31"),
                LocalDate.parse("2025-04-20"), LocalDate.parse("2028-04-16"));
    }
}
