package uk.police.purdah.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.police.purdah.calendar.FoiCalendar;
import uk.police.purdah.calendar.HolidayTable;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.model.CandidateRequest;

/**
 * INT-3 counted by hand, no Quarkus. An FOI request received on Wednesday 10 June 2026 is due on Wednesday 8 July:
 * day one is Thursday 11 June; 11-12 June (2), 15-19 (7), 22-26 (12), 29 June-3 July (17), 6-8 July (20); no UK
 * bank holiday falls in between. Monday 13 July 2026 is the Battle of the Boyne holiday in Northern Ireland, so
 * it is not an FOI working day (CAL-2).
 */
class FoiStatusTest {

    private static final FoiCalendar FOI = new FoiCalendar(HolidayTable.bundled());
    private static final LocalDate DUE = LocalDate.of(2026, 7, 8);

    private static CandidateRequest foi() {
        CandidateRequest request = new CandidateRequest();
        request.id = UUID.randomUUID();
        request.kind = RequestKind.FOI;
        request.status = CandidateRequest.Status.ROUTED;
        request.receivedAt = OffsetDateTime.parse("2026-06-10T10:15:00+01:00");
        request.foiDueDate = FOI.dueDate(LocalDate.of(2026, 6, 10));
        return request;
    }

    private static FoiStatus on(String today) {
        return FoiStatus.of(foi(), LocalDate.parse(today), FOI);
    }

    @Test
    void int3_theDueDateIsThe20thFoiWorkingDayAfterReceipt() {
        assertThat(foi().foiDueDate).isEqualTo(DUE);
    }

    @Test
    void int3_workingDaysLeftCountDownToZeroOnTheDueDate() {
        assertThat(on("2026-06-10").workingDaysLeft()).isEqualTo(20);
        assertThat(on("2026-06-13").workingDaysLeft()).as("a Saturday").isEqualTo(18);
        assertThat(on("2026-07-07").workingDaysLeft()).isEqualTo(1);
        FoiStatus dueToday = on("2026-07-08");
        assertThat(dueToday.workingDaysLeft()).isZero();
        assertThat(dueToday.overdue()).isFalse();
        assertThat(dueToday.foiDueDate()).isEqualTo(DUE);
        assertThat(dueToday.answeredOn()).isNull();
    }

    @Test
    void int3_pastTheDueDateItIsOverdueAndTheDaysLeftAreNegative() {
        FoiStatus dayAfter = on("2026-07-09");
        assertThat(dayAfter.overdue()).isTrue();
        assertThat(dayAfter.workingDaysLeft()).isEqualTo(-1);
        assertThat(on("2026-07-10").workingDaysLeft()).isEqualTo(-2);
        // the weekend after counts towards the next working day; Monday 13 July is a holiday in Northern Ireland
        assertThat(on("2026-07-11").workingDaysLeft()).isEqualTo(-3);
        assertThat(on("2026-07-13").workingDaysLeft()).isEqualTo(-3);
        assertThat(on("2026-07-14").workingDaysLeft()).isEqualTo(-3);
        assertThat(on("2026-07-15").workingDaysLeft()).isEqualTo(-4);
        assertThat(on("2026-07-15").overdue()).isTrue();
    }

    @Test
    void int3_onceApprovedItShowsWhenItWasAnsweredAndWhetherInTime() {
        CandidateRequest inTime = foi();
        inTime.status = CandidateRequest.Status.RESPONSE_APPROVED;
        inTime.responseApprovedAt = OffsetDateTime.parse("2026-07-08T23:30:00+01:00");
        FoiStatus answered = FoiStatus.of(inTime, LocalDate.of(2026, 8, 1), FOI);
        assertThat(answered.answeredOn()).isEqualTo(DUE);
        assertThat(answered.answeredInTime()).isTrue();
        assertThat(answered.overdue()).isNull();
        assertThat(answered.workingDaysLeft()).isNull();

        CandidateRequest late = foi();
        late.status = CandidateRequest.Status.RESPONSE_APPROVED;
        // 00:30 on 9 July in the UK, though still 8 July in UTC
        late.responseApprovedAt = OffsetDateTime.parse("2026-07-08T23:30:00Z");
        FoiStatus lateAnswer = FoiStatus.of(late, LocalDate.of(2026, 8, 1), FOI);
        assertThat(lateAnswer.answeredOn()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(lateAnswer.answeredInTime()).isFalse();
    }

    @Test
    void int3_aDraftedButUnapprovedResponseIsStillOverdue() {
        CandidateRequest drafted = foi();
        drafted.status = CandidateRequest.Status.RESPONSE_DRAFTED;
        drafted.responseDraftedAt = OffsetDateTime.parse("2026-07-01T10:00:00+01:00");
        FoiStatus status = FoiStatus.of(drafted, LocalDate.of(2026, 7, 9), FOI);
        assertThat(status.overdue()).isTrue();
        assertThat(status.answeredOn()).isNull();
    }

    @Test
    void int3_aRequestThatIsNotFoiHasNoDeadline() {
        CandidateRequest information = foi();
        information.kind = RequestKind.INFORMATION;
        assertThat(FoiStatus.of(information, LocalDate.of(2026, 7, 9), FOI)).isEqualTo(FoiStatus.NONE);
    }

    @Test
    void int3_aTodayTheCalendarDoesNotReachLeavesTheDaysLeftUnknownButTheRequestOverdue() {
        FoiStatus status = on("2029-03-01");
        assertThat(status.workingDaysLeft()).isNull();
        assertThat(status.overdue()).isTrue();
    }
}
