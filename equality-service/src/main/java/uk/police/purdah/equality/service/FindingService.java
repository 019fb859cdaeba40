package uk.police.purdah.equality.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import uk.police.purdah.equality.mapping.FindingView;
import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Election;
import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.model.FindingHistory;
import uk.police.purdah.equality.model.FindingOwed;
import uk.police.purdah.equality.model.FindingRequest;
import uk.police.purdah.equality.model.ParityLine;
import uk.police.purdah.equality.model.RequestSeen;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.NotFoundException;

/** Reads findings and records the SPOC's justification (EQ-3, EQ-6). */
@ApplicationScoped
public class FindingService {

    private final FindingLedger ledger;
    private final Clock clock;

    public FindingService(FindingLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The findings of an election, oldest first; {@code status} and {@code rule} narrow them when given. */
    public List<FindingView> findings(UUID electionId, Finding.Status status, String rule) {
        if (Election.findById(electionId) == null) {
            throw new NotFoundException("no election " + electionId);
        }
        StringBuilder query = new StringBuilder("electionId = :electionId");
        Parameters parameters = Parameters.with("electionId", electionId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (rule != null) {
            query.append(" and rule = :rule");
            parameters.and("rule", rule);
        }
        query.append(" order by openedAt, id");
        List<Finding> findings = Finding.list(query.toString(), parameters);
        Map<UUID, String> names = Candidate.<Candidate>list("electionId", electionId).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c.name));
        return findings.stream().map(f -> view(f, names)).toList();
    }

    public FindingView finding(UUID id) {
        Finding finding = known(id);
        Map<UUID, String> names = Candidate.<Candidate>list("electionId", finding.electionId).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c.name));
        return view(finding, names);
    }

    /** EQ-6: the SPOC resolves a finding with a recorded reason; a finding already resolved is a conflict. */
    @Transactional
    public FindingView justify(UUID id, String reason, String spoc) {
        Finding finding = Finding.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (finding == null) {
            throw new NotFoundException("no finding " + id);
        }
        if (!finding.isOpen()) {
            throw new ConflictException("finding " + id + " was resolved already (" + finding.resolution + ", "
                    + finding.resolvedAt + ")");
        }
        ledger.resolve(finding, Finding.Resolution.JUSTIFIED, reason.strip(), spoc, OffsetDateTime.now(clock));
        return finding(id);
    }

    private static Finding known(UUID id) {
        Finding finding = Finding.findById(id);
        if (finding == null) {
            throw new NotFoundException("no finding " + id);
        }
        return finding;
    }

    private static FindingView view(Finding f, Map<UUID, String> names) {
        ParityLine line = f.line();
        FindingView.Offer offer = line == null ? null : new FindingView.Offer(line.key(), line.kind(),
                line.officeHolder().isEmpty() ? null : line.officeHolder(), line.label());
        List<FindingView.Owed> owed = FindingOwed.<FindingOwed>list("findingId", f.id).stream()
                .map(o -> new FindingView.Owed(o.candidateId, names.get(o.candidateId), o.state, o.settledAt,
                        o.offerId))
                .sorted(java.util.Comparator.comparing((FindingView.Owed o) -> String.valueOf(o.name()))
                        .thenComparing(FindingView.Owed::candidateId))
                .toList();
        List<UUID> requestIds = FindingRequest.<FindingRequest>list("findingId", f.id).stream().map(r -> r.requestId)
                .toList();
        Map<UUID, RequestSeen> seen = requestIds.isEmpty() ? Map.of()
                : RequestSeen.<RequestSeen>list("requestId in ?1", requestIds).stream()
                        .collect(Collectors.toMap(r -> r.requestId, Function.identity()));
        List<FindingView.Request> requests = requestIds.stream().map(seen::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing((RequestSeen r) -> r.decidedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(r -> r.requestId))
                .map(r -> new FindingView.Request(r.requestId, r.candidateId, names.get(r.candidateId), r.kind,
                        r.purpose, r.decision, r.decidedAt))
                .toList();
        FindingView.ServiceTime time = f.measure == null ? null : new FindingView.ServiceTime(f.candidateId,
                names.get(f.candidateId), f.measure, f.candidateMedianHours, f.othersMedianHours, f.sampleSize);
        List<FindingView.Change> history = FindingHistory.<FindingHistory>list("findingId = ?1 order by sequence",
                f.id).stream().map(h -> new FindingView.Change(h.at, h.change, h.note)).toList();
        return new FindingView(f.id, f.electionId, f.rule, f.status, f.breachedAt != null, f.description, f.openedAt,
                offer, f.dueBy, f.breachedAt, owed, requests, time, f.resolvedAt, f.resolution, f.justification,
                f.justifiedBy, history);
    }
}
