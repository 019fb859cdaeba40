package uk.police.purdah.notification.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import uk.police.purdah.calendar.FoiCalendar;
import uk.police.purdah.calendar.OutsideCalendarException;
import uk.police.purdah.notification.model.Reason;
import uk.police.purdah.notification.model.TrackedFinding;
import uk.police.purdah.notification.model.TrackedRequest;
import uk.police.purdah.notification.service.NotificationBook.Facts;

/**
 * The deadlines that tell people before it is too late, checked at start-up (a service that was down reports at
 * once), every day at {@code purdah.notification.deadline-check.cron} (Europe/London) and when a request or finding
 * arrives, against the injectable {@link Clock}:
 * <ul>
 * <li>INT-3: an FOI request not yet answered, due in 5 FOI working days ({@code FOI_DUE_IN_5}, also for 4 or 3 when
 * the 5th day was missed), in 2 or fewer ({@code FOI_DUE_IN_2}, the due date itself included) and past its due
 * date ({@code FOI_OVERDUE}), each once, to the SPOC; only the most urgent that applies is sent;</li>
 * <li>EQ-1: an open finding whose grace period ends before the end of tomorrow ({@code FINDING_DUE_TOMORROW}).</li>
 * </ul>
 */
@ApplicationScoped
public class DeadlineCheck {

    private static final Logger LOG = Logger.getLogger(DeadlineCheck.class);

    private final NotificationBook book;
    private final FoiDays foiDays;
    private final Clock clock;

    public DeadlineCheck(NotificationBook book, FoiDays foiDays, Clock clock) {
        this.book = book;
        this.foiDays = foiDays;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        scheduled();
    }

    @Scheduled(cron = "${purdah.notification.deadline-check.cron:0 0 7 * * ?}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("the deadline check failed, it runs again at start-up or on schedule: %s", e.getMessage());
        }
    }

    /** Owes every deadline notification that is due now; returns how many are new. */
    @Transactional
    public int run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(FoiDays.UK).toLocalDate();
        int owed = 0;
        List<TrackedRequest> open = TrackedRequest.list("answeredAt is null and foiDueDate is not null");
        FoiCalendar calendar = foiDays.calendar(); // once for the run, not once per open request
        for (TrackedRequest request : open) {
            owed += checkFoi(request, today, calendar) ? 1 : 0;
        }
        List<TrackedFinding> findings = TrackedFinding.list("status = ?1 and dueBy is not null",
                TrackedFinding.Status.OPEN);
        for (TrackedFinding finding : findings) {
            owed += checkFinding(finding, now) ? 1 : 0;
        }
        if (owed > 0) {
            LOG.infof("deadline check %s: %d notification(s) owed", today, owed);
        }
        return owed;
    }

    /** INT-3 for one request, today; {@code true} if a new reminder is owed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean checkFoi(TrackedRequest request, LocalDate today) {
        return checkFoi(request, today, foiDays.calendar());
    }

    private boolean checkFoi(TrackedRequest request, LocalDate today, FoiCalendar calendar) {
        if (request.answeredAt != null || request.foiDueDate == null) {
            return false;
        }
        int left;
        try {
            left = FoiDays.workingDaysLeft(calendar, today, request.foiDueDate);
        } catch (OutsideCalendarException e) {
            LOG.warnf("INT-3: no FOI reminder for %s: %s", request.id, e.getMessage());
            return false;
        }
        Reason reason = left < 0 ? Reason.FOI_OVERDUE : left <= 2 ? Reason.FOI_DUE_IN_2 : left <= 5
                ? Reason.FOI_DUE_IN_5 : null;
        if (reason == null) {
            return false;
        }
        return book.owe(reason, List.of(Recipients.SPOC), new Facts(request.electionId, request.id,
                request.candidateId, request.kind.name(), request.title, request.foiDueDate, null, left, null));
    }

    /** EQ-1 for one open finding: its grace period ends before the end of tomorrow (UK time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean checkFinding(TrackedFinding finding, OffsetDateTime now) {
        if (finding.status != TrackedFinding.Status.OPEN || finding.dueBy == null || !finding.dueBy.isAfter(now)) {
            return false;
        }
        LocalDate dueDay = finding.dueBy.atZoneSameInstant(FoiDays.UK).toLocalDate();
        LocalDate tomorrow = now.atZoneSameInstant(FoiDays.UK).toLocalDate().plusDays(1);
        if (dueDay.isAfter(tomorrow)) {
            return false;
        }
        return book.owe(Reason.FINDING_DUE_TOMORROW, List.of(Recipients.SPOC), facts(finding));
    }

    static Facts facts(TrackedFinding finding) {
        return new Facts(finding.electionId, finding.id, null, finding.rule, finding.description, null,
                finding.dueBy, null, finding.owedCount == 1 ? "1 candidate is still owed the offer"
                        : finding.owedCount + " candidates are still owed the offer");
    }
}
