package uk.police.purdah.intake.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import uk.police.purdah.events.DealingRecorded;
import uk.police.purdah.intake.mapping.DealingForm;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Dealing;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.outbox.Outbox;

/**
 * The record of every contact with a candidate (000 §2.1, §2.7). A dealing with the incumbent PCC or deputy
 * says in which capacity: a STATUTORY one is kept with {@code statutory = true}, exempt from parity (EQ-5) but
 * not from the record (CAND-2).
 */
@ApplicationScoped
public class DealingLog {

    private final Outbox outbox;
    private final Clock clock;

    public DealingLog(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Entry(Dealing dealing, Candidate candidate) {
    }

    @Transactional
    public Entry record(DealingForm form, String actor) {
        ElectionCandidate named = ElectionCandidate.find(form.electionId(), form.candidateId(), LockModeType.NONE);
        Election election = named.election();
        Candidate candidate = named.candidate();
        Dealing.Capacity capacity = form.capacity();
        if (candidate.isIncumbent()) {
            if (capacity == null) {
                throw new InvalidFieldException("capacity", "is required for the incumbent " + candidate.incumbentRole
                        + ": STATUTORY (exempt from parity) or CANDIDATE (CAND-2)");
            }
        } else if (capacity == Dealing.Capacity.STATUTORY) {
            throw new InvalidFieldException("capacity", "STATUTORY is only for the incumbent PCC or deputy PCC (CAND-2)");
        } else {
            capacity = Dealing.Capacity.CANDIDATE;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Dealing dealing = new Dealing();
        dealing.id = UUID.randomUUID();
        dealing.electionId = election.id;
        dealing.candidateId = candidate.id;
        dealing.kind = form.kind();
        dealing.occurredAt = form.occurredAt();
        dealing.location = OfferBook.blankToNull(form.location());
        dealing.summary = form.summary().strip();
        dealing.capacity = capacity;
        dealing.statutory = capacity == Dealing.Capacity.STATUTORY;
        dealing.recordedBy = actor;
        dealing.recordedAt = now;
        dealing.insidePurdah = election.isInsidePurdah(dealing.occurredAt);
        dealing.persist();
        outbox.append(new DealingRecorded(dealing.electionId, dealing.id, dealing.candidateId, dealing.kind.name(),
                dealing.occurredAt, dealing.location, dealing.summary, dealing.capacity.name(), dealing.statutory,
                actor, dealing.insidePurdah), actor);
        return new Entry(dealing, candidate);
    }

    /** The dealings, newest first; {@code recorder} non-null limits them to what that person recorded. */
    public List<Entry> search(UUID electionId, UUID candidateId, String recorder) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (electionId != null) {
            query.append(" and electionId = :electionId");
            parameters.put("electionId", electionId);
        }
        if (candidateId != null) {
            query.append(" and candidateId = :candidateId");
            parameters.put("candidateId", candidateId);
        }
        if (recorder != null) {
            query.append(" and recordedBy = :recorder");
            parameters.put("recorder", recorder);
        }
        List<Dealing> dealings = Dealing.find(query.toString(), Sort.descending("occurredAt"), parameters)
                .page(0, 1000).list();
        Map<UUID, Candidate> candidates = OfferBook.candidates(dealings.stream().map(d -> d.candidateId).distinct()
                .toList());
        return dealings.stream().map(d -> new Entry(d, candidates.get(d.candidateId))).toList();
    }

    /** One dealing; someone limited to their own ({@code recorder} non-null) gets 404 for anyone else's. */
    public Entry get(UUID id, String recorder) {
        Dealing dealing = Dealing.findById(id);
        if (dealing == null || (recorder != null && !recorder.equals(dealing.recordedBy))) {
            throw new NotFoundException("no dealing " + id);
        }
        return new Entry(dealing, Candidate.findById(dealing.candidateId));
    }
}
