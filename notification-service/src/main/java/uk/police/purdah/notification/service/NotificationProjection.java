package uk.police.purdah.notification.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.calendar.HolidayScope;
import uk.police.purdah.events.CalendarDayAdded;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.FindingBreached;
import uk.police.purdah.events.FindingOpened;
import uk.police.purdah.events.FindingResolved;
import uk.police.purdah.events.MalformedEventException;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.events.RequestDecided;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.RequestRouted;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.notification.model.CalendarDay;
import uk.police.purdah.notification.model.Election;
import uk.police.purdah.notification.model.Reason;
import uk.police.purdah.notification.model.TrackedFinding;
import uk.police.purdah.notification.model.TrackedRequest;
import uk.police.purdah.notification.service.NotificationBook.Facts;

/**
 * Applies one event, in the transaction that records it in the inbox: keeps what notifications need and owes the
 * notifications the event calls for (issue 11). Routing follows intake's {@code request.routed}: the SPOC it is
 * routed to (INT-1), and the roles it names in {@code notified} (the Chief Constable's office for every request,
 * INT-1; the Chief Executive too for a visit, INT-4, or a police-imagery case, INT-7).
 */
@ApplicationScoped
public class NotificationProjection {

    private final NotificationBook book;
    private final DeadlineCheck deadlines;
    private final Clock clock;

    public NotificationProjection(NotificationBook book, DeadlineCheck deadlines, Clock clock) {
        this.book = book;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        PurdahEvent data = event.data();
        if (data instanceof ElectionScheduled e) {
            election(e.electionId(), e.policeArea(), e.nation(), e.pollDate());
        } else if (data instanceof ElectionUpdated e) {
            election(e.electionId(), e.policeArea(), e.nation(), e.pollDate());
        } else if (data instanceof CalendarDayAdded d) {
            dayAdded(event, d);
        } else if (data instanceof RequestReceived r) {
            received(r);
        } else if (data instanceof RequestRouted r) {
            routed(event, r);
        } else if (data instanceof RequestDecided d) {
            if (d.decision() == Decision.REDIRECTED) {
                answered(d.requestId(), d.decidedAt());
            }
        } else if (data instanceof ResponseApproved a) {
            answered(a.requestId(), a.approvedAt());
        } else if (data instanceof FindingOpened f) {
            opened(f);
        } else if (data instanceof FindingBreached f) {
            breached(f);
        } else if (data instanceof FindingResolved f) {
            TrackedFinding finding = TrackedFinding.findById(f.findingId());
            if (finding != null) {
                finding.status = TrackedFinding.Status.RESOLVED;
                book.cancelPending(f.findingId(), List.of(Reason.FINDING_DUE_TOMORROW), "resolved before it was sent");
            }
        }
    }

    private void election(java.util.UUID id, String area, String nation, LocalDate poll) {
        Election election = Election.findById(id);
        boolean isNew = election == null;
        if (isNew) {
            election = new Election();
            election.id = id;
        }
        election.policeArea = area == null ? NotificationConfig.DEFAULT_AREA : area;
        election.nation = nation;
        election.pollDate = poll;
        if (isNew) {
            election.persist();
        }
    }

    private void dayAdded(EventEnvelope event, CalendarDayAdded d) {
        if (d.date() == null || d.scope() == null) {
            throw new MalformedEventException(event.type() + " without a date or scope");
        }
        try {
            HolidayScope.valueOf(d.scope());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " has an unknown scope " + d.scope());
        }
        if (CalendarDay.count("date = ?1 and scope = ?2", d.date(), d.scope()) == 0) {
            CalendarDay day = new CalendarDay();
            day.date = d.date();
            day.scope = d.scope();
            day.title = d.title();
            day.persist();
        }
    }

    private void received(RequestReceived r) {
        TrackedRequest request = TrackedRequest.findById(r.requestId());
        boolean isNew = request == null;
        if (isNew) {
            request = new TrackedRequest();
            request.id = r.requestId();
        }
        request.electionId = r.electionId();
        request.candidateId = r.candidateId();
        request.kind = r.kind();
        request.channel = r.channel();
        request.title = r.subject() == null ? null : r.subject().length() > 300 ? r.subject().substring(0, 300)
                : r.subject();
        request.receivedAt = r.receivedAt();
        request.foiDueDate = r.kind() == RequestKind.FOI ? r.foiDueDate() : null;
        if (isNew) {
            request.persist();
        }
        if (request.foiDueDate != null) {
            // INT-3: a request logged late may already be near its due date
            deadlines.checkFoi(request, LocalDate.now(clock.withZone(FoiDays.UK)));
        }
    }

    private void routed(EventEnvelope event, RequestRouted r) {
        TrackedRequest request = TrackedRequest.findById(r.requestId());
        if (request == null) {
            throw new MalformedEventException(event.type() + " for request " + r.requestId()
                    + ", which was never received");
        }
        Facts facts = new Facts(r.electionId(), r.requestId(), r.candidateId(), request.kind.name(), request.title,
                request.foiDueDate, null, null, request.channel == null ? null : request.channel.name());
        if (r.routedTo() != null && !r.routedTo().isBlank()) {
            book.owe(Reason.REQUEST_ROUTED, List.of(r.routedTo()), facts);
        }
        List<String> told = new ArrayList<>(r.notified() == null ? List.of() : r.notified());
        told.remove(r.routedTo());
        if (!told.isEmpty()) {
            Reason reason = switch (request.kind) {
                case VISIT -> Reason.VISIT_REQUEST;
                case POLICE_IMAGERY -> Reason.POLICE_IMAGERY_CASE;
                default -> Reason.REQUEST_NOTIFIED;
            };
            book.owe(reason, told, facts);
        }
    }

    private void answered(java.util.UUID requestId, OffsetDateTime at) {
        TrackedRequest request = TrackedRequest.findById(requestId);
        if (request != null && request.answeredAt == null) {
            request.answeredAt = at == null ? OffsetDateTime.now(clock) : at;
            book.cancelPending(requestId, List.of(Reason.FOI_DUE_IN_5, Reason.FOI_DUE_IN_2, Reason.FOI_OVERDUE),
                    "the request was answered before it was sent");
        }
    }

    private void opened(FindingOpened f) {
        TrackedFinding finding = TrackedFinding.findById(f.findingId());
        boolean isNew = finding == null;
        if (isNew) {
            finding = new TrackedFinding();
            finding.id = f.findingId();
            finding.status = TrackedFinding.Status.OPEN;
        }
        finding.electionId = f.electionId();
        finding.rule = f.rule();
        finding.description = f.description();
        finding.owedCount = f.owedCandidates() == null ? 0 : f.owedCandidates().size();
        finding.dueBy = f.dueBy();
        if (isNew) {
            finding.persist();
        }
        book.owe(Reason.FINDING_OPENED, List.of(Recipients.SPOC), DeadlineCheck.facts(finding));
        if (finding.status == TrackedFinding.Status.OPEN) {
            // EQ-1: a short grace period may end tomorrow already
            deadlines.checkFinding(finding, OffsetDateTime.now(clock));
        }
    }

    private void breached(FindingBreached f) {
        TrackedFinding finding = TrackedFinding.findById(f.findingId());
        boolean isNew = finding == null;
        if (isNew) {
            finding = new TrackedFinding();
            finding.id = f.findingId();
            finding.electionId = f.electionId();
            finding.rule = f.rule();
        }
        finding.status = TrackedFinding.Status.BREACHED;
        finding.owedCount = f.owedCandidates() == null ? finding.owedCount : f.owedCandidates().size();
        finding.dueBy = f.dueBy() == null ? finding.dueBy : f.dueBy();
        if (isNew) {
            finding.persist();
        }
        book.cancelPending(f.findingId(), List.of(Reason.FINDING_DUE_TOMORROW), "breached before it was sent");
        book.owe(Reason.FINDING_BREACHED, List.of(Recipients.SPOC), DeadlineCheck.facts(finding));
    }
}
