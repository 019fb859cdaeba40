package uk.police.purdah.equality.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Election;
import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.model.FindingOwed;
import uk.police.purdah.equality.model.Offer;
import uk.police.purdah.equality.model.ParityLine;

/**
 * Offer parity (EQ-1, EQ-2). The first time a parity line (an offer kind, and for a meeting the office
 * holder) is given to a candidate of an election, every other candidate who counts (PROSPECTIVE or
 * DECLARED, not WITHDRAWN) and has not had it is owed it: one EQ-1 finding names them and the time it is
 * due (the grace period of the election, in working days). Each one settles when they are offered it, or
 * withdraw (recorded, not deleted); when nobody is owed any more the finding is resolved. A candidate who
 * stands after a line was first given is owed it by an EQ-2 finding of their own, with the grace period
 * counted from the time they stood.
 */
@ApplicationScoped
public class OfferParity {

    private final FindingLedger ledger;
    private final GraceCalendar grace;

    public OfferParity(FindingLedger ledger, GraceCalendar grace) {
        this.ledger = ledger;
        this.grace = grace;
    }

    /** A candidate had something of a parity line: settle what they were owed; open a finding if it is new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void given(Offer offer) {
        settle(offer);
        ParityLine line = offer.line();
        long before = Offer.count("electionId = ?1 and kind = ?2 and officeHolder = ?3 and offerId <> ?4",
                offer.electionId, line.kind(), line.officeHolder(), offer.offerId);
        if (before > 0) {
            return; // everyone known when the line was first given is owed it already; later ones by EQ-2
        }
        List<UUID> had = candidatesWith(offer.electionId, line);
        List<UUID> owed = Candidate.<Candidate>list("electionId = ?1 order by name, id", offer.electionId).stream()
                .filter(Candidate::counts)
                .map(c -> c.id)
                .filter(id -> !had.contains(id))
                .toList();
        if (owed.isEmpty()) {
            return;
        }
        open("EQ-1", offer.electionId, line, offer.extendedAt, owed,
                line.label() + " given to " + name(offer.candidateId) + " on " + Reports.ukDate(offer.extendedAt)
                        + ": owed to every other candidate within the grace period (EQ-1)");
    }

    /** EQ-2: a candidate who stands after lines were given is owed each of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stood(Candidate candidate) {
        List<Offer> offers = Offer.list("electionId = ?1 order by extendedAt, offerId", candidate.electionId);
        Map<ParityLine, List<Offer>> byLine = offers.stream()
                .collect(Collectors.groupingBy(Offer::line, java.util.TreeMap::new, Collectors.toList()));
        for (Map.Entry<ParityLine, List<Offer>> entry : byLine.entrySet()) {
            ParityLine line = entry.getKey();
            if (entry.getValue().stream().anyMatch(o -> o.candidateId.equals(candidate.id))) {
                continue;
            }
            if (FindingOwed.count("candidateId = ?1 and findingId in (select f.id from Finding f where"
                    + " f.electionId = ?2 and f.offerKind = ?3 and f.officeHolder = ?4)", candidate.id,
                    candidate.electionId, line.kind(), line.officeHolder()) > 0) {
                continue; // owed already
            }
            OffsetDateTime firstGiven = entry.getValue().get(0).extendedAt;
            OffsetDateTime stood = candidate.registeredAt == null ? firstGiven : candidate.registeredAt;
            // the topics are not ordered with each other: one who stood before the line was given is owed by EQ-1
            boolean later = stood.isAfter(firstGiven);
            open(later ? "EQ-2" : "EQ-1", candidate.electionId, line, later ? stood : firstGiven, List.of(candidate.id),
                    line.label() + " was given to other candidates before " + candidate.name + " stood: owed to "
                            + candidate.name + " as well (" + (later ? "EQ-2" : "EQ-1") + ")");
        }
    }

    /** A withdrawn candidate is no longer owed (recorded, not deleted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(Candidate candidate, OffsetDateTime at) {
        for (FindingOwed owed : FindingOwed.<FindingOwed>list("candidateId = ?1 and state = ?2", candidate.id,
                FindingOwed.State.OWED)) {
            Finding finding = Finding.findById(owed.findingId);
            if (finding == null || !finding.isOpen()) {
                continue;
            }
            owed.state = FindingOwed.State.WITHDRAWN;
            owed.settledAt = at;
            ledger.history(finding, at, "WITHDRAWN", candidate.name + " withdrew and is no longer owed");
            closeIfNobodyOwed(finding, Finding.Resolution.CANDIDATE_WITHDRAWN, at);
        }
    }

    /** The grace period of an election changed, or a day was added to the calendar: open findings move. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recountDueDates(UUID electionIdOrNull) {
        List<Finding> open = electionIdOrNull == null
                ? Finding.list("status = ?1 and breachedAt is null and graceStart is not null", Finding.Status.OPEN)
                : Finding.list("electionId = ?1 and status = ?2 and breachedAt is null and graceStart is not null",
                        electionIdOrNull, Finding.Status.OPEN);
        for (Finding finding : open) {
            OffsetDateTime due = grace.dueBy(finding.graceStart, graceDays(finding.electionId));
            if (!due.isEqual(finding.dueBy)) {
                ledger.history(finding, finding.graceStart, "DUE_DATE_MOVED", "from " + finding.dueBy + " to " + due);
                finding.dueBy = due;
            }
        }
    }

    private void settle(Offer offer) {
        ParityLine line = offer.line();
        List<FindingOwed> owedRows = FindingOwed.list("candidateId = ?1 and state = ?2 and findingId in (select f.id"
                + " from Finding f where f.electionId = ?3 and f.offerKind = ?4 and f.officeHolder = ?5"
                + " and f.status = ?6)", offer.candidateId, FindingOwed.State.OWED, offer.electionId, line.kind(),
                line.officeHolder(), Finding.Status.OPEN);
        for (FindingOwed owed : owedRows) {
            Finding finding = Finding.findById(owed.findingId);
            if (finding.dueBy != null && offer.extendedAt.isAfter(finding.dueBy)) {
                ledger.breach(finding, "given to " + name(offer.candidateId) + " only on "
                        + Reports.ukDate(offer.extendedAt) + ", after the grace period");
            }
            owed.state = FindingOwed.State.EXTENDED;
            owed.settledAt = offer.extendedAt;
            owed.offerId = offer.offerId;
            ledger.history(finding, offer.extendedAt, "EXTENDED", line.label() + " given to " + name(offer.candidateId));
            closeIfNobodyOwed(finding, Finding.Resolution.OFFER_EXTENDED, offer.extendedAt);
        }
    }

    private void closeIfNobodyOwed(Finding finding, Finding.Resolution resolution, OffsetDateTime at) {
        if (FindingOwed.count("findingId = ?1 and state = ?2", finding.id, FindingOwed.State.OWED) == 0) {
            ledger.resolve(finding, resolution, null, FindingLedger.ACTOR, at);
        }
    }

    private void open(String rule, UUID electionId, ParityLine line, OffsetDateTime start, List<UUID> owed,
            String description) {
        Finding finding = new Finding();
        finding.electionId = electionId;
        finding.rule = rule;
        finding.description = description;
        finding.openedAt = start;
        finding.offerKind = line.kind();
        finding.officeHolder = line.officeHolder();
        finding.graceStart = start;
        finding.dueBy = grace.dueBy(start, graceDays(electionId));
        ledger.open(finding, owed, List.of());
    }

    private static List<UUID> candidatesWith(UUID electionId, ParityLine line) {
        return Offer.<Offer>list("electionId = ?1 and kind = ?2 and officeHolder = ?3", electionId, line.kind(),
                line.officeHolder()).stream().map(o -> o.candidateId).distinct().toList();
    }

    private static int graceDays(UUID electionId) {
        Election election = Election.findById(electionId);
        return election == null ? 2 : election.parityGraceDays;
    }

    static String name(UUID candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        return candidate == null ? "candidate " + candidateId : candidate.name;
    }
}
