package uk.police.purdah.equality.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.police.purdah.equality.mapping.ParityView;
import uk.police.purdah.equality.mapping.ParityView.Cell;
import uk.police.purdah.equality.mapping.ParityView.State;
import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Dealing;
import uk.police.purdah.equality.model.Election;
import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.model.Offer;
import uk.police.purdah.equality.model.ParityLine;
import uk.police.purdah.support.problem.NotFoundException;

/** The parity report of an election at this moment (EQ-7), read from the ledger. */
@ApplicationScoped
public class ParityService {

    private final EntityManager entityManager;
    private final Clock clock;

    public ParityService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public ParityView parity(UUID electionId) {
        Election election = Election.<Election>findByIdOptional(electionId)
                .orElseThrow(() -> new NotFoundException("no election " + electionId));
        List<Candidate> candidates = Candidate.list("electionId = ?1 order by name, id", electionId);
        List<Offer> offers = Offer.list("electionId = ?1 order by extendedAt, offerId", electionId);
        TreeSet<ParityLine> lines = offers.stream().map(Offer::line).collect(Collectors.toCollection(TreeSet::new));
        Map<UUID, Map<ParityLine, List<Offer>>> had = offers.stream().collect(Collectors.groupingBy(o -> o.candidateId,
                Collectors.groupingBy(Offer::line)));
        Map<UUID, Map<ParityLine, OffsetDateTime>> owed = owed(electionId);
        Map<UUID, List<Dealing>> dealings = Dealing.<Dealing>list("electionId = ?1 order by occurredAt, dealingId",
                electionId).stream().collect(Collectors.groupingBy(d -> d.candidateId));
        Map<UUID, Long> requests = requestsPerCandidate(electionId);
        Map<UUID, double[]> medians = ServiceTimes.medians(electionId);

        List<ParityView.CandidateParity> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Cell> cells = new ArrayList<>();
            for (ParityLine line : lines) {
                List<Offer> mine = had.getOrDefault(c.id, Map.of()).getOrDefault(line, List.of());
                OffsetDateTime owedBy = owed.getOrDefault(c.id, Map.of()).get(line);
                cells.add(cell(line, mine, owedBy));
            }
            double[] m = medians.get(c.id);
            rows.add(new ParityView.CandidateParity(c.id, c.name, c.party, c.status, c.incumbentRole,
                    requests.getOrDefault(c.id, 0L), m == null || Double.isNaN(m[0]) ? null : round(m[0]),
                    m == null || Double.isNaN(m[1]) ? null : round(m[1]), cells,
                    dealings.getOrDefault(c.id, List.of()).stream().map(ParityService::dealing).toList()));
        }
        return new ParityView(election.id, election.policeArea, election.pollDate, election.purdahStart,
                election.parityGraceDays, OffsetDateTime.now(clock), lines.stream()
                        .map(l -> new ParityView.Line(l.key(), l.kind(), l.officeHolder().isEmpty() ? null
                                : l.officeHolder(), l.label())).toList(), rows,
                Finding.count("electionId = ?1 and status = ?2", electionId, Finding.Status.OPEN),
                Finding.count("electionId = ?1 and status = ?2 and breachedAt is not null", electionId,
                        Finding.Status.OPEN));
    }

    private static Cell cell(ParityLine line, List<Offer> offers, OffsetDateTime owedBy) {
        if (offers.isEmpty()) {
            return new Cell(line.key(), State.NOT_OFFERED, null, null, null, null, null, owedBy != null, owedBy);
        }
        Offer best = offers.stream().max(Comparator.comparing(ParityService::state)
                .thenComparing(o -> o.extendedAt)).orElseThrow();
        return new Cell(line.key(), state(best), best.extendedAt, best.acceptedAt, best.declinedAt, best.heldAt,
                best.source.name(), owedBy != null, owedBy);
    }

    private static State state(Offer offer) {
        if (offer.heldAt != null) {
            return State.HELD;
        }
        if (offer.declinedAt != null) {
            return State.DECLINED;
        }
        return offer.acceptedAt != null ? State.ACCEPTED : State.OFFERED;
    }

    private static ParityView.DealingEntry dealing(Dealing d) {
        boolean counts = !d.statutory && ("MEETING".equals(d.kind) || "VISIT".equals(d.kind));
        return new ParityView.DealingEntry(d.dealingId, d.kind, d.occurredAt, d.capacity, d.statutory, counts,
                d.insidePurdah, d.summary);
    }

    /** Candidate → line → the earliest due time of an open finding still naming them. */
    private Map<UUID, Map<ParityLine, OffsetDateTime>> owed(UUID electionId) {
        Map<UUID, Map<ParityLine, OffsetDateTime>> owed = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("""
                select o.candidateId, f.offerKind, f.officeHolder, f.dueBy from FindingOwed o, Finding f
                where o.findingId = f.id and f.electionId = :electionId and f.status = :open and o.state = :owed
                and f.offerKind is not null""",
                Object[].class)
                .setParameter("electionId", electionId)
                .setParameter("open", Finding.Status.OPEN)
                .setParameter("owed", uk.police.purdah.equality.model.FindingOwed.State.OWED)
                .getResultList();
        for (Object[] row : rows) {
            ParityLine line = new ParityLine((uk.police.purdah.events.Vocabulary.OfferKind) row[1], (String) row[2]);
            owed.computeIfAbsent((UUID) row[0], c -> new HashMap<>())
                    .merge(line, (OffsetDateTime) row[3], (a, b) -> a.isBefore(b) ? a : b);
        }
        return owed;
    }

    private Map<UUID, Long> requestsPerCandidate(UUID electionId) {
        return entityManager.createQuery("""
                select r.candidateId, count(r) from RequestSeen r
                where r.electionId = :electionId group by r.candidateId""", Object[].class)
                .setParameter("electionId", electionId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
