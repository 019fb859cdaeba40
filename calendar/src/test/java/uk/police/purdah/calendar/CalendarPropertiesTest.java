package uk.police.purdah.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the two calendars over the whole range the shipped list covers (2012–2028), so that every
 * kind of holiday, substitute day and change of clocks is met (CAL-1, CAL-2, INT-3). The cheap ones run
 * over every date of the range ({@link GenerationMode#EXHAUSTIVE}); those that build a new table for each
 * sample run over a random sample of dates.
 */
class CalendarPropertiesTest {

    /** More tries than there are days in 2012–2028, so that exhaustive generation takes every one. */
    private static final int EVERY_DAY = 7000;

    private static final HolidayTable TABLE = HolidayTable.bundled();
    private static final ElectionTimetableCalendar ELECTION = new ElectionTimetableCalendar(TABLE);
    private static final FoiCalendar FOI = new FoiCalendar(TABLE);

    /** Receipts whose due date is still inside the list (20 working days fit before the end of 2028). */
    @Provide
    Arbitrary<LocalDate> receipts() {
        return between(TABLE.firstDay(), LocalDate.of(2028, 11, 20));
    }

    /** Polls whose timetable is still inside the list (25 working days fit after 1 January 2012). */
    @Provide
    Arbitrary<LocalDate> polls() {
        return between(LocalDate.of(2012, 3, 1), TABLE.lastDay());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return between(TABLE.firstDay(), TABLE.lastDay());
    }

    private static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(first, last)).map(first::plusDays);
    }

    // ---- INT-3: the FOI due date ----

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void INT_3_theDueDateIsAnFoiWorkingDay(@ForAll("receipts") LocalDate received) {
        assertThat(FOI.isWorkingDay(FOI.dueDate(received))).isTrue();
    }

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void INT_3_exactlyTwentyWorkingDaysLieAfterReceiptUpToTheDueDate(@ForAll("receipts") LocalDate received) {
        LocalDate due = FOI.dueDate(received);
        assertThat(FOI.workingDaysBetween(received, due)).isEqualTo(20);
        assertThat(FOI.workingDaysBetween(received, due.minusDays(1))).isEqualTo(19);
    }

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void INT_3_theDueDateIsFourWeeksOrMoreAfterReceipt(@ForAll("receipts") LocalDate received) {
        long days = ChronoUnit.DAYS.between(received, FOI.dueDate(received));
        assertThat(days).isGreaterThanOrEqualTo(20);
        // twenty working days are four whole weeks; from a weekend, day one is the Monday
        assertThat(days).isGreaterThanOrEqualTo(received.getDayOfWeek() == DayOfWeek.SATURDAY ? 27
                : received.getDayOfWeek() == DayOfWeek.SUNDAY ? 26 : 28);
        // and no run of holidays in the list stretches it past six weeks
        assertThat(days).isLessThanOrEqualTo(42);
    }

    @Property(tries = 1000)
    void INT_3_aRequestReceivedOnADayOffIsDueWhenOneFromTheWorkingDayBeforeIs(
            @ForAll("receipts") LocalDate received) {
        Assume.that(!FOI.isWorkingDay(received) && received.isAfter(LocalDate.of(2012, 1, 10)));
        LocalDate lastWorkingDay = FOI.workingDaysBefore(received, 1);
        assertThat(FOI.dueDate(received)).isEqualTo(FOI.dueDate(lastWorkingDay));
    }

    @Property(tries = 1000)
    void INT_3_aLaterReceiptIsNeverDueEarlier(@ForAll("receipts") LocalDate received) {
        Assume.that(received.isBefore(LocalDate.of(2028, 11, 20)));
        assertThat(FOI.dueDate(received.plusDays(1))).isAfterOrEqualTo(FOI.dueDate(received));
    }

    @Property(tries = 500)
    void CAL_2_aHolidayAddedInAnyDivisionPutsTheFoiDueDateBackOneWorkingDay(
            @ForAll("receipts") LocalDate received, @ForAll("divisions") HolidayScope division) {
        LocalDate due = FOI.dueDate(received);
        LocalDate added = FOI.workingDaysAfter(received, 1 + (int) (received.toEpochDay() % 20));
        FoiCalendar extended = new FoiCalendar(TABLE.with(List.of(new Holiday(added, "Extra", division,
                Holiday.Source.SPOC))));
        assertThat(extended.dueDate(received)).isEqualTo(FOI.workingDaysAfter(due, 1));
    }

    @Property(tries = 500)
    void CAL_2_aDayOfThanksgivingOrMourningNeverMovesTheFoiDueDate(@ForAll("receipts") LocalDate received) {
        LocalDate added = FOI.workingDaysAfter(received, 1 + (int) (received.toEpochDay() % 20));
        FoiCalendar extended = new FoiCalendar(TABLE.with(List.of(new Holiday(added, "Mourning",
                HolidayScope.PUBLIC_THANKSGIVING_OR_MOURNING, Holiday.Source.SPOC))));
        assertThat(extended.dueDate(received)).isEqualTo(FOI.dueDate(received));
    }

    @Provide
    Arbitrary<HolidayScope> divisions() {
        return Arbitraries.of(HolidayScope.ENGLAND_AND_WALES, HolidayScope.SCOTLAND, HolidayScope.NORTHERN_IRELAND);
    }

    // ---- CAL-2: which days each calendar counts ----

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void CAL_2_weekendsAreNeverWorkingDays(@ForAll("days") LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            assertThat(FOI.isWorkingDay(day)).isFalse();
            assertThat(ELECTION.isWorkingDay(day)).isFalse();
        }
    }

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void CAL_2_aWeekdayIsADayOffOnlyForTheReasonsTheLawGives(@ForAll("days") LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean christmasEve = day.getMonthValue() == 12 && day.getDayOfMonth() == 24;
        boolean christmasDay = day.getMonthValue() == 12 && day.getDayOfMonth() == 25;
        boolean goodFriday = day.equals(Easter.sunday(day.getYear()).minusDays(2));
        boolean englandAndWales = TABLE.isListed(day, HolidayScope.ENGLAND_AND_WALES);
        boolean anyPart = englandAndWales || TABLE.isListed(day, HolidayScope.SCOTLAND)
                || TABLE.isListed(day, HolidayScope.NORTHERN_IRELAND);
        assertThat(ELECTION.isWorkingDay(day))
                .isEqualTo(!(weekend || christmasEve || christmasDay || goodFriday || englandAndWales));
        assertThat(FOI.isWorkingDay(day)).isEqualTo(!(weekend || christmasDay || goodFriday || anyPart));
    }

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void CAL_2_anFoiWorkingDayIsAnElectionTimetableDayExceptOnChristmasEve(@ForAll("days") LocalDate day) {
        Assume.that(!(day.getMonthValue() == 12 && day.getDayOfMonth() == 24));
        if (FOI.isWorkingDay(day)) {
            assertThat(ELECTION.isWorkingDay(day)).isTrue();
        }
    }

    // ---- CAL-1: the timetable of a poll ----

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void CAL_1_noticeComesBeforeTheCloseOfNominationsWhichComesBeforeThePoll(@ForAll("polls") LocalDate poll) {
        ElectionTimetable timetable = ElectionTimetable.of(poll, ELECTION);
        assertThat(timetable.noticeOfElectionBy()).isBefore(timetable.nominationsCloseDay());
        assertThat(timetable.nominationsCloseDay()).isBefore(poll);
        assertThat(ELECTION.isWorkingDay(timetable.noticeOfElectionBy())).isTrue();
        assertThat(ELECTION.isWorkingDay(timetable.nominationsCloseDay())).isTrue();
    }

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void CAL_1_exactly25And19ElectionTimetableDaysLieBeforeThePoll(@ForAll("polls") LocalDate poll) {
        ElectionTimetable timetable = ElectionTimetable.of(poll, ELECTION);
        LocalDate dayBefore = poll.minusDays(1);
        // [notice, poll) and [nominations, poll) hold exactly 25 and 19 election timetable days
        assertThat(ELECTION.workingDaysBetween(timetable.noticeOfElectionBy().minusDays(1), dayBefore))
                .isEqualTo(25);
        assertThat(ELECTION.workingDaysBetween(timetable.nominationsCloseDay().minusDays(1), dayBefore))
                .isEqualTo(19);
        assertThat(ELECTION.workingDaysBetween(timetable.noticeOfElectionBy(), timetable.nominationsCloseDay()))
                .isEqualTo(6);
    }

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void CAL_1_nominationsCloseAt1600UkTimeWithThatDaysOffset(@ForAll("polls") LocalDate poll) {
        ElectionTimetable timetable = ElectionTimetable.of(poll, ELECTION);
        var local = timetable.nominationsClose().atZoneSameInstant(ElectionTimetable.UK);
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(timetable.nominationsClose().getOffset())
                .isEqualTo(ElectionTimetable.UK.getRules().getOffset(local.toLocalDateTime()))
                .isIn(java.time.ZoneOffset.UTC, java.time.ZoneOffset.ofHours(1));
    }

    @Property(tries = EVERY_DAY, generation = GenerationMode.EXHAUSTIVE)
    void CAL_1_purdahStartsSixWeeksBeforeThePollOnTheSameWeekday(@ForAll("polls") LocalDate poll) {
        ElectionTimetable timetable = ElectionTimetable.of(poll, ELECTION);
        assertThat(ChronoUnit.DAYS.between(timetable.defaultPurdahStart(), poll)).isEqualTo(42);
        assertThat(timetable.defaultPurdahStart().getDayOfWeek()).isEqualTo(poll.getDayOfWeek());
    }

    @Property(tries = 1000)
    void CAL_1_aLaterPollNeverHasAnEarlierTimetable(@ForAll("polls") LocalDate poll) {
        Assume.that(poll.isBefore(TABLE.lastDay()));
        ElectionTimetable earlier = ElectionTimetable.of(poll, ELECTION);
        ElectionTimetable later = ElectionTimetable.of(poll.plusDays(1), ELECTION);
        assertThat(later.noticeOfElectionBy()).isAfterOrEqualTo(earlier.noticeOfElectionBy());
        assertThat(later.nominationsClose()).isAfterOrEqualTo(earlier.nominationsClose());
    }

    @Property(tries = 500)
    void CAL_2_aDayOfMourningInsideTheTimetableMovesTheNoticeEarlier(@ForAll("polls") LocalDate poll) {
        ElectionTimetable timetable = ElectionTimetable.of(poll, ELECTION);
        LocalDate mourning = ELECTION.workingDaysBefore(poll, 1 + (int) (poll.toEpochDay() % 25));
        ElectionTimetableCalendar extended = new ElectionTimetableCalendar(TABLE.with(List.of(
                new Holiday(mourning, "Mourning", HolidayScope.PUBLIC_THANKSGIVING_OR_MOURNING,
                        Holiday.Source.SPOC))));
        ElectionTimetable moved = ElectionTimetable.of(poll, extended);
        assertThat(moved.noticeOfElectionBy())
                .isEqualTo(ELECTION.workingDaysBefore(timetable.noticeOfElectionBy(), 1));
        assertThat(moved.nominationsCloseDay()).isBeforeOrEqualTo(timetable.nominationsCloseDay());
    }
}
