package uk.police.purdah.intake.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import uk.police.purdah.calendar.FoiCalendar;
import uk.police.purdah.calendar.OutsideCalendarException;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.model.CandidateRequest;
import uk.police.purdah.intake.model.Election;

/**
 * INT-3 in the register: an FOI request's due date and, until it is answered, the FOI working days left (CAL-2)
 * and whether it is overdue; once answered, the day it was answered and whether that was in time.
 *
 * <p>{@code workingDaysLeft} counts the FOI working days after today up to and including the due date, so it is 0
 * on the due date itself. Past the due date it is negative: minus the working days from the day after the due
 * date up to and including today, or up to the next working day when today is not one (a Saturday after a
 * Friday due date is already one working day late). Null when the calendar does not reach today.
 *
 * <p>A request is answered when its response is approved, or when it is redirected to a publication that answers
 * it (INT-8), on that day in UK time.
 */
public record FoiStatus(LocalDate foiDueDate, Integer workingDaysLeft, Boolean overdue, LocalDate answeredOn,
        Boolean answeredInTime) {

    public static final FoiStatus NONE = new FoiStatus(null, null, null, null, null);

    public static FoiStatus of(CandidateRequest request, LocalDate today, FoiCalendar calendar) {
        if (request.kind != RequestKind.FOI || request.foiDueDate == null) {
            return NONE;
        }
        LocalDate due = request.foiDueDate;
        OffsetDateTime answeredAt = request.status == CandidateRequest.Status.RESPONSE_APPROVED
                ? request.responseApprovedAt
                : request.status == CandidateRequest.Status.REDIRECTED ? request.decidedAt : null;
        if (answeredAt != null) {
            LocalDate answeredOn = answeredAt.atZoneSameInstant(Election.UK).toLocalDate();
            return new FoiStatus(due, null, null, answeredOn, !answeredOn.isAfter(due));
        }
        return new FoiStatus(due, workingDaysLeft(due, today, calendar), today.isAfter(due), null, null);
    }

    static Integer workingDaysLeft(LocalDate due, LocalDate today, FoiCalendar calendar) {
        try {
            if (!today.isAfter(due)) {
                return calendar.workingDaysBetween(today, due);
            }
            int late = calendar.workingDaysBetween(due, today);
            return -(calendar.isWorkingDay(today) ? late : late + 1);
        } catch (OutsideCalendarException e) {
            return null;
        }
    }
}
