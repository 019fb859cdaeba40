package uk.police.purdah.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.police.purdah.events.RequestDecided;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.RequestRouted;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.mapping.DecisionForm;
import uk.police.purdah.intake.mapping.RequestForm;
import uk.police.purdah.intake.mapping.ResponseForm;
import uk.police.purdah.intake.mapping.RequestView.Routing;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.CandidateRequest;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.outbox.Outbox;

/** The single register of candidate requests (INT-1, INT-10). */
@ApplicationScoped
public class RequestRegister {

    public static final String SPOC = "SPOC";
    public static final String CHIEF_CONSTABLE = "CHIEF_CONSTABLE";
    public static final String CHIEF_EXECUTIVE = "CHIEF_EXECUTIVE";

    private final ElectionService elections;
    private final Outbox outbox;
    private final Clock clock;

    public RequestRegister(ElectionService elections, Outbox outbox, Clock clock) {
        this.elections = elections;
        this.outbox = outbox;
        this.clock = clock;
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
        request.persist();
        outbox.append(new RequestReceived(request.electionId, request.id, request.candidateId, request.kind,
                request.channel, actor, request.receivedAt, request.subject, request.text, null,
                request.insidePurdah), actor);
        Routing routing = routing(request);
        outbox.append(new RequestRouted(request.electionId, request.id, request.candidateId, routing.routedTo(),
                routing.notified()), actor);
        request.status = CandidateRequest.Status.ROUTED;
        return new Submission(request, false);
    }

    public Optional<CandidateRequest> find(String receivedBy, String idempotencyKey) {
        return CandidateRequest.find("receivedBy = ?1 and idempotencyKey = ?2", receivedBy, idempotencyKey)
                .firstResultOptional();
    }

    /**
     * INT-1: every request goes to the SPOC; one that reached the force is notified to the Chief
     * Constable's office. INT-4: a visit request is notified to the Chief Constable and the Chief Executive.
     */
    public static Routing routing(CandidateRequest request) {
        List<String> notified = new ArrayList<>();
        if (request.channel == Channel.FORCE_INTRANET || request.kind == RequestKind.VISIT) {
            notified.add(CHIEF_CONSTABLE);
        }
        if (request.kind == RequestKind.VISIT) {
            notified.add(CHIEF_EXECUTIVE);
        }
        return new Routing(SPOC, List.copyOf(notified));
    }

    /** The register, filtered; {@code submitter} non-null limits it to what that person logged. */
    public List<CandidateRequest> search(UUID electionId, CandidateRequest.Status status, RequestKind kind,
            String submitter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (electionId != null) {
            query.append(" and electionId = :electionId");
            parameters.and("electionId", electionId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (submitter != null) {
            query.append(" and receivedBy = :submitter");
            parameters.and("submitter", submitter);
        }
        return CandidateRequest.find(query.toString(), Sort.descending("receivedAt"), parameters).page(0, 500).list();
    }

    public CandidateRequest get(UUID id, String submitter) {
        CandidateRequest request = CandidateRequest.findById(id);
        if (request == null || (submitter != null && !submitter.equals(request.receivedBy))) {
            throw new NotFoundException("no request " + id);
        }
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
        request.decision = form.decision();
        request.decisionReason = reason;
        request.publicationId = form.publicationId();
        request.purpose = blankToNull(form.purpose());
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
