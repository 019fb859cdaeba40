package uk.police.purdah.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.Startup;
import uk.police.purdah.calendar.FoiCalendar;
import uk.police.purdah.calendar.OutsideCalendarException;
import uk.police.purdah.events.RequestDecided;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.RequestRouted;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.calendar.CalendarService;
import uk.police.purdah.intake.mapping.DecisionForm;
import uk.police.purdah.intake.mapping.QuestionsForm;
import uk.police.purdah.intake.mapping.RequestForm;
import uk.police.purdah.intake.mapping.RequestPage;
import uk.police.purdah.intake.mapping.RequestView;
import uk.police.purdah.intake.mapping.ResponseForm;
import uk.police.purdah.intake.mapping.RequestView.Routing;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Consent;
import uk.police.purdah.intake.model.CandidateRequest;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.outbox.Outbox;

/** The single register of candidate requests (INT-1, INT-3..INT-10). */
@ApplicationScoped
public class RequestRegister {

    private static final Logger LOG = Logger.getLogger(RequestRegister.class);

    private final ElectionService elections;
    private final CalendarService calendar;
    private final RequestRules rules;
    private final Outbox outbox;
    private final Clock clock;

    public RequestRegister(ElectionService elections, CalendarService calendar, RequestRules rules, Outbox outbox,
            Clock clock) {
        this.elections = elections;
        this.calendar = calendar;
        this.rules = rules;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Today in UK time, from the injected clock (INT-3 counts from it). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Election.UK);
    }

    /** The outcome of a submission: the request, and whether it was already in the register (INT-10). */
    public record Submission(CandidateRequest request, boolean replayed) {
    }

    /**
     * Logs a request once. The same form sent again under the same idempotency key returns the
     * request already logged; a different form under a used key is a conflict.
     */
    @Transactional
    public Submission submit(RequestForm form, String idempotencyKey, String actor) {
        String fingerprint = fingerprint(form);
        Optional<CandidateRequest> earlier = find(actor, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint.equals(fingerprint)) {
                throw new ConflictException("Idempotency-Key " + idempotencyKey
                        + " was already used for a different request");
            }
            return new Submission(earlier.get(), true);
        }
        rules.checkForm(form);
        Election election = elections.findById(form.electionId())
                .orElseThrow(() -> new InvalidFieldException("electionId", "no such election"));
        Candidate candidate = Candidate.findById(form.candidateId());
        if (candidate == null || !candidate.electionId.equals(election.id)) {
            throw new InvalidFieldException("candidateId", "no such candidate in this election");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        CandidateRequest request = new CandidateRequest();
        request.id = UUID.randomUUID();
        request.electionId = election.id;
        request.candidateId = candidate.id;
        request.kind = form.kind();
        request.channel = form.channel();
        request.subject = form.subject().strip();
        request.text = form.text();
        request.receivedBy = actor;
        request.receivedAt = form.receivedAt() != null ? form.receivedAt() : now;
        request.insidePurdah = election.isInsidePurdah(request.receivedAt);
        request.status = CandidateRequest.Status.RECEIVED;
        request.idempotencyKey = idempotencyKey;
        request.fingerprint = fingerprint;
        if (request.kind == RequestKind.FOI) {
            request.foiDueDate = foiDue(request.receivedAt);
        }
        request.visitPurpose = form.purpose();
        request.officeHolder = form.officeHolder();
        if (form.questions() != null && !form.questions().isBlank()) {
            request.questions = form.questions().strip();
            request.questionsRecordedAt = now;
            request.questionsRecordedBy = actor;
        }
        request.plannedOn = form.plannedOn();
        Routing routing = RequestRules.routing(form.kind(), form);
        request.routedTo = routing.routedTo();
        request.notified = new java.util.ArrayList<>(routing.notified());
        request.persist();
        outbox.append(new RequestReceived(request.electionId, request.id, request.candidateId, request.kind,
                request.channel, actor, request.receivedAt, request.subject, request.text, request.foiDueDate,
                request.insidePurdah), actor);
        outbox.append(new RequestRouted(request.electionId, request.id, request.candidateId, routing.routedTo(),
                routing.notified()), actor);
        request.status = CandidateRequest.Status.ROUTED;
        return new Submission(request, false);
    }

    public Optional<CandidateRequest> find(String receivedBy, String idempotencyKey) {
        return CandidateRequest.find("receivedBy = ?1 and idempotencyKey = ?2", receivedBy, idempotencyKey)
                .firstResultOptional();
    }

    /** INT-3: the 20th FOI working day after the UK day a request arrived; a 400 on receivedAt outside the calendar. */
    private LocalDate foiDue(OffsetDateTime receivedAt) {
        try {
            return calendar.foiDue(receivedAt.atZoneSameInstant(Election.UK).toLocalDate());
        } catch (OutsideCalendarException e) {
            throw new InvalidFieldException("receivedAt", "the FOI calendar covers " + e.firstDay() + " to "
                    + e.lastDay() + "; the due date of a request received then cannot be counted");
        }
    }

    /**
     * INT-3: FOI requests logged before due dates were kept get theirs at start-up, so that the overdue filter
     * finds them. Idempotent, so replicas starting together do no harm.
     */
    @Startup
    @Transactional
    void giveOlderFoiRequestsTheirDueDate() {
        List<CandidateRequest> undated = CandidateRequest.list("kind = ?1 and foiDueDate is null", RequestKind.FOI);
        for (CandidateRequest request : undated) {
            try {
                request.foiDueDate = calendar.foiDue(request.receivedAt.atZoneSameInstant(Election.UK).toLocalDate());
            } catch (OutsideCalendarException e) {
                LOG.warnf("FOI request %s: no due date, %s", request.id, e.getMessage());
            }
        }
        if (!undated.isEmpty()) {
            LOG.infof("%d FOI requests given their due date (INT-3)", undated.size());
        }
    }

    /** What the register filters on; null means any. */
    public record Filter(UUID electionId, CandidateRequest.Status status, RequestKind kind, Boolean overdue,
            String submitter) {
    }

    /**
     * The register, filtered, newest first, one page of it with the total. {@code submitter} non-null limits it to
     * what that person logged. {@code overdue} (INT-3) is about FOI requests past their due date and not answered.
     */
    public RequestPage search(Filter filter, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.electionId() != null) {
            query.append(" and electionId = :electionId");
            parameters.and("electionId", filter.electionId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.overdue() != null) {
            String overdue = "(kind = :foi and foiDueDate is not null and foiDueDate < :today"
                    + " and status not in :answered)";
            query.append(filter.overdue() ? " and " + overdue : " and not " + overdue);
            parameters.and("foi", RequestKind.FOI).and("today", today())
                    .and("answered", List.of(CandidateRequest.Status.RESPONSE_APPROVED,
                            CandidateRequest.Status.REDIRECTED));
        }
        if (filter.submitter() != null) {
            query.append(" and receivedBy = :submitter");
            parameters.and("submitter", filter.submitter());
        }
        var found = CandidateRequest.<CandidateRequest>find(query.toString(),
                Sort.descending("receivedAt").and("id", Sort.Direction.Descending), parameters);
        List<CandidateRequest> requests = found.page(Page.of(page, size)).list();
        return new RequestPage(views(requests), found.count(), page, size);
    }

    public CandidateRequest get(UUID id, String submitter) {
        CandidateRequest request = CandidateRequest.findById(id);
        if (request == null || (submitter != null && !submitter.equals(request.receivedBy))) {
            throw new NotFoundException("no request " + id);
        }
        return request;
    }

    /** A request as the register shows it: its FOI deadline (INT-3) and what the rules say (INT-4..INT-7). */
    public RequestView view(CandidateRequest request) {
        return views(List.of(request)).get(0);
    }

    public List<RequestView> views(List<CandidateRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        FoiCalendar foiDays = requests.stream().anyMatch(r -> r.kind == RequestKind.FOI) ? calendar.foiDays() : null;
        Map<UUID, Candidate> candidates = Candidate.<Candidate>list("id in ?1",
                requests.stream().map(r -> r.candidateId).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, Election> electionsById = Election.<Election>list("id in ?1",
                requests.stream().map(r -> r.electionId).distinct().toList()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return requests.stream().map(r -> RequestView.of(r,
                foiDays == null ? FoiStatus.NONE : FoiStatus.of(r, today, foiDays),
                rules.assess(r, candidates.get(r.candidateId), electionsById.get(r.electionId)))).toList();
    }

    /**
     * INT-5: the SPOC records the questions a candidate sent in advance of a meeting, before it is decided.
     */
    @Transactional
    public CandidateRequest recordQuestions(UUID id, QuestionsForm form, String actor) {
        CandidateRequest request = locked(id);
        if (!RequestRules.isMeeting(request.kind)) {
            throw new ConflictException("request " + id + " is a " + request.kind + "; questions in advance are"
                    + " recorded for a MEETING or REGULAR_MEETINGS (INT-5)");
        }
        if (request.status != CandidateRequest.Status.RECEIVED && request.status != CandidateRequest.Status.ROUTED) {
            throw new ConflictException("request " + id + " is " + request.status + "; questions in advance are"
                    + " recorded before it is decided");
        }
        request.questions = form.text().strip();
        request.questionsRecordedAt = OffsetDateTime.now(clock);
        request.questionsRecordedBy = actor;
        return request;
    }

    /**
     * The SPOC decides a routed request: granted, refused with a reason, or redirected to the publication that
     * already answers it (INT-8). A request is decided once; deciding it again is a conflict.
     */
    @Transactional
    public CandidateRequest decide(UUID id, DecisionForm form, String actor) {
        String reason = blankToNull(form.reason());
        if (form.decision() == Decision.REFUSED && reason == null) {
            throw new InvalidFieldException("reason", "is required when the decision is REFUSED");
        }
        if (form.decision() == Decision.REDIRECTED && form.publicationId() == null) {
            throw new InvalidFieldException("publicationId", "is required when the decision is REDIRECTED (INT-8)");
        }
        if (form.decision() != Decision.REDIRECTED && form.publicationId() != null) {
            throw new InvalidFieldException("publicationId", "is only given when the decision is REDIRECTED");
        }
        CandidateRequest request = locked(id);
        if (request.status != CandidateRequest.Status.RECEIVED && request.status != CandidateRequest.Status.ROUTED) {
            throw new ConflictException("request " + id + " is " + request.status + "; it can be decided only once,"
                    + " after it is routed");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        rules.checkDecision(request, Candidate.findById(request.candidateId), elections.get(request.electionId), form,
                now);
        request.decision = form.decision();
        request.decisionReason = reason;
        request.publicationId = form.publicationId();
        request.purpose = blankToNull(form.purpose());
        if (request.purpose == null && request.visitPurpose != null) {
            // EQ-3 compares requests of the same kind and purpose: a visit's declared purpose stands unless given
            request.purpose = request.visitPurpose.name();
        }
        if (form.notesWillBePublished() != null) {
            request.notesWillBePublished = form.notesWillBePublished();
        }
        if (form.consents() != null) {
            request.consents = new java.util.ArrayList<>(form.consents().stream()
                    .map(c -> new Consent(c.name().strip(), c.consent())).toList());
        }
        request.decidedAt = now;
        request.decidedBy = actor;
        request.status = form.decision() == Decision.REDIRECTED
                ? CandidateRequest.Status.REDIRECTED : CandidateRequest.Status.DECIDED;
        outbox.append(new RequestDecided(request.electionId, request.id, request.candidateId, request.kind,
                request.purpose, request.decision, request.decisionReason, request.publicationId, now), actor);
        return request;
    }

    /**
     * Drafts, or redrafts, the response to a granted or refused request. A redirected request is answered by
     * the publication it names (INT-8); an approved response is final.
     */
    @Transactional
    public CandidateRequest draftResponse(UUID id, ResponseForm form, String actor) {
        CandidateRequest request = locked(id);
        switch (request.status) {
            case DECIDED, RESPONSE_DRAFTED -> {
            }
            case REDIRECTED -> throw new ConflictException("request " + id + " was redirected to publication "
                    + request.publicationId + ", which answers it (INT-8)");
            case RESPONSE_APPROVED -> throw new ConflictException("the response to request " + id
                    + " is already approved");
            default -> throw new ConflictException("request " + id + " is " + request.status
                    + "; a response is drafted after it is granted or refused");
        }
        request.responseText = form.text();
        request.responseDraftedAt = OffsetDateTime.now(clock);
        request.responseDraftedBy = actor;
        request.status = CandidateRequest.Status.RESPONSE_DRAFTED;
        return request;
    }

    /** Approves the drafted response: this is what publication publishes with the request (PUB-1). */
    @Transactional
    public CandidateRequest approveResponse(UUID id, String actor) {
        CandidateRequest request = locked(id);
        if (request.status == CandidateRequest.Status.RESPONSE_APPROVED) {
            throw new ConflictException("the response to request " + id + " is already approved");
        }
        if (request.status != CandidateRequest.Status.RESPONSE_DRAFTED) {
            throw new ConflictException("request " + id + " is " + request.status + "; there is no drafted response"
                    + " to approve");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        request.responseApprovedAt = now;
        request.responseApprovedBy = actor;
        request.status = CandidateRequest.Status.RESPONSE_APPROVED;
        outbox.append(new ResponseApproved(request.electionId, request.id, request.candidateId, request.kind,
                request.text, request.responseText, now, actor), actor);
        return request;
    }

    /** The request, locked for this transaction so that two transitions of it cannot interleave. */
    private static CandidateRequest locked(UUID id) {
        CandidateRequest request = CandidateRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("no request " + id);
        }
        return request;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String fingerprint(RequestForm form) {
        String canonical = String.join("\u0000", String.valueOf(form.electionId()), String.valueOf(form.candidateId()),
                String.valueOf(form.kind()), String.valueOf(form.channel()), form.subject(), form.text(),
                String.valueOf(form.receivedAt() == null ? null : form.receivedAt().toInstant()));
        // the rule fields count only when given, so a form sent before they existed keeps its fingerprint (INT-10)
        if (form.purpose() != null || form.officeHolder() != null || form.questions() != null
                || form.plannedOn() != null) {
            canonical = String.join("\u0000", canonical, String.valueOf(form.purpose()),
                    String.valueOf(form.officeHolder()), String.valueOf(form.questions()),
                    String.valueOf(form.plannedOn()));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
