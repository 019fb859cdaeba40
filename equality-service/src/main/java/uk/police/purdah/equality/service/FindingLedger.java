package uk.police.purdah.equality.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.model.FindingHistory;
import uk.police.purdah.equality.model.FindingOwed;
import uk.police.purdah.equality.model.FindingRequest;
import uk.police.purdah.events.FindingBreached;
import uk.police.purdah.events.FindingOpened;
import uk.police.purdah.events.FindingResolved;
import uk.police.purdah.support.outbox.Outbox;

/**
 * Every change to a finding goes through here: the row, its history line (EQ-6) and its event on
 * {@code purdah.findings} through the transactional outbox, in the caller's transaction, so a finding
 * and its event commit together (DESIGN §3).
 */
@ApplicationScoped
public class FindingLedger {

    /** Who the events of findings the ledger found itself name as their actor. */
    public static final String ACTOR = "equality-service";

    private final Outbox outbox;
    private final Clock clock;

    public FindingLedger(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens a finding (already filled in, not yet persisted), with who is owed and the requests compared. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Finding open(Finding finding, Collection<UUID> owed, Collection<UUID> requests) {
        finding.id = UUID.randomUUID();
        finding.status = Finding.Status.OPEN;
        finding.persist();
        for (UUID candidateId : owed) {
            FindingOwed row = new FindingOwed();
            row.findingId = finding.id;
            row.candidateId = candidateId;
            row.state = FindingOwed.State.OWED;
            row.persist();
        }
        for (UUID requestId : requests) {
            addRequest(finding, requestId, null);
        }
        history(finding, finding.openedAt, "OPENED", finding.description);
        outbox.append(new FindingOpened(finding.electionId, finding.id, finding.rule, finding.description,
                List.copyOf(owed), finding.dueBy), ACTOR);
        return finding;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addRequest(Finding finding, UUID requestId, OffsetDateTime at) {
        if (FindingRequest.count("findingId = ?1 and requestId = ?2", finding.id, requestId) > 0) {
            return;
        }
        FindingRequest link = new FindingRequest();
        link.findingId = finding.id;
        link.requestId = requestId;
        link.persist();
        if (at != null) {
            history(finding, at, "REQUEST_ADDED", "request " + requestId);
        }
    }

    /** EQ-3: another candidate refused joins an open finding (recorded in its history; no event type for it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addOwed(Finding finding, UUID candidateId, OffsetDateTime at) {
        if (FindingOwed.count("findingId = ?1 and candidateId = ?2", finding.id, candidateId) > 0) {
            return;
        }
        FindingOwed row = new FindingOwed();
        row.findingId = finding.id;
        row.candidateId = candidateId;
        row.state = FindingOwed.State.OWED;
        row.persist();
        history(finding, at, "CANDIDATE_ADDED", "candidate " + candidateId);
    }

    /** EQ-1: the grace period ran out with candidates still owed; the breach is dated when it ran out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void breach(Finding finding, String how) {
        if (!finding.isOpen() || finding.breachedAt != null || finding.dueBy == null) {
            return;
        }
        finding.breachedAt = finding.dueBy;
        List<UUID> stillOwed = stillOwed(finding);
        history(finding, OffsetDateTime.now(clock), "BREACHED", how + "; still owed: " + stillOwed.size());
        outbox.append(new FindingBreached(finding.electionId, finding.id, finding.rule, stillOwed, finding.dueBy,
                finding.breachedAt), ACTOR);
    }

    /** EQ-6: ends a finding by an event, never by deletion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(Finding finding, Finding.Resolution resolution, String justification, String actor,
            OffsetDateTime at) {
        finding.status = Finding.Status.RESOLVED;
        finding.resolution = resolution;
        finding.resolvedAt = at;
        if (resolution == Finding.Resolution.JUSTIFIED) {
            finding.justification = justification;
            finding.justifiedBy = actor;
        }
        history(finding, at, "RESOLVED", resolution + (justification == null ? "" : ": " + justification));
        outbox.append(new FindingResolved(finding.electionId, finding.id, resolution.name(), justification, at),
                actor);
    }

    public void history(Finding finding, OffsetDateTime at, String change, String note) {
        FindingHistory line = new FindingHistory();
        line.findingId = finding.id;
        line.at = at;
        line.change = change;
        line.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
        line.persist();
    }

    public static List<UUID> stillOwed(Finding finding) {
        return FindingOwed.<FindingOwed>list("findingId = ?1 and state = ?2 order by candidateId", finding.id,
                FindingOwed.State.OWED).stream().map(o -> o.candidateId).toList();
    }
}
