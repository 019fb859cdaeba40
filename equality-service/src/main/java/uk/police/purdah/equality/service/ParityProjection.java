package uk.police.purdah.equality.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.calendar.HolidayScope;
import uk.police.purdah.equality.model.CalendarDay;
import uk.police.purdah.equality.model.Candidate;
import uk.police.purdah.equality.model.Dealing;
import uk.police.purdah.equality.model.Election;
import uk.police.purdah.equality.model.Offer;
import uk.police.purdah.equality.model.ParityLine;
import uk.police.purdah.equality.model.RequestSeen;
import uk.police.purdah.events.CalendarDayAdded;
import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateUpdated;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.DealingRecorded;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.events.EngagementHeld;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.MalformedEventException;
import uk.police.purdah.events.OfferAccepted;
import uk.police.purdah.events.OfferDeclined;
import uk.police.purdah.events.OfferExtended;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.events.RequestDecided;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.support.inbox.UnknownCandidateException;

/**
 * Keeps this service's view of elections, candidates, requests, offers and dealings as the events tell
 * it, and hands each fact to the parity checks (EQ-1..5). The topics are not ordered with respect to each
 * other, so a candidate or a request may arrive before its election; the checks use the times the events
 * carry, not the order they arrive in. Event types the parity ledger does not use (request routed) are left alone.
 */
@ApplicationScoped
public class ParityProjection {

    private final OfferParity parity;
    private final ConsistencyCheck consistency;
    private final ServiceTimes serviceTimes;

    public ParityProjection(OfferParity parity, ConsistencyCheck consistency, ServiceTimes serviceTimes) {
        this.parity = parity;
        this.consistency = consistency;
        this.serviceTimes = serviceTimes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        PurdahEvent data = event.data();
        if (data instanceof ElectionScheduled e) {
            election(event, e.electionId(), e.policeArea(), e.pollDate(), e.purdahStart(), e.parityGraceDays());
        } else if (data instanceof ElectionUpdated e) {
            election(event, e.electionId(), e.policeArea(), e.pollDate(), e.purdahStart(), e.parityGraceDays());
        } else if (data instanceof CalendarDayAdded d) {
            dayAdded(event, d);
        } else if (data instanceof CandidateRegistered c) {
            registered(event, c);
        } else if (data instanceof CandidateUpdated c) {
            Candidate candidate = known(event, c.candidateId());
            candidate.name = name(event, c.identity());
            candidate.party = c.identity().party();
            candidate.incumbentRole = role(c.incumbentRole());
        } else if (data instanceof CandidateDeclared c) {
            Candidate candidate = known(event, c.candidateId());
            if (candidate.status != Candidate.Status.WITHDRAWN) { // CAND-1: withdrawal ends a candidacy
                candidate.status = Candidate.Status.DECLARED;
                candidate.declaredOn = c.declaredOn();
            }
        } else if (data instanceof CandidateWithdrawn c) {
            Candidate candidate = known(event, c.candidateId());
            if (candidate.status != Candidate.Status.WITHDRAWN) {
                candidate.status = Candidate.Status.WITHDRAWN;
                candidate.withdrawnOn = c.withdrawnOn();
                parity.withdrawn(candidate, event.time());
            }
        } else if (data instanceof RequestReceived r) {
            received(event, r);
        } else if (data instanceof RequestDecided r) {
            decided(event, r);
        } else if (data instanceof ResponseApproved r) {
            responded(event, r);
        } else if (data instanceof OfferExtended o) {
            extended(event, o);
        } else if (data instanceof OfferAccepted o) {
            knownOffer(event, o.offerId()).acceptedAt = at(o.at(), event);
        } else if (data instanceof OfferDeclined o) {
            knownOffer(event, o.offerId()).declinedAt = at(o.at(), event);
        } else if (data instanceof EngagementHeld o) {
            knownOffer(event, o.offerId()).heldAt = at(o.heldAt(), event);
        } else if (data instanceof DealingRecorded d) {
            dealing(event, d);
        }
    }

    private void election(EventEnvelope event, UUID id, String policeArea, LocalDate pollDate,
            LocalDate purdahStart, int parityGraceDays) {
        require(event, "policeArea", policeArea);
        require(event, "pollDate", pollDate);
        require(event, "purdahStart", purdahStart);
        if (parityGraceDays < 0 || parityGraceDays > 20) {
            throw new MalformedEventException(event.type() + " has parityGraceDays " + parityGraceDays
                    + ", not 0 to 20");
        }
        Election election = Election.findById(id);
        boolean isNew = election == null;
        if (isNew) {
            election = new Election();
            election.id = id;
        }
        election.policeArea = policeArea;
        election.pollDate = pollDate;
        election.purdahStart = purdahStart;
        election.parityGraceDays = parityGraceDays;
        if (isNew) {
            election.persist();
        }
        parity.recountDueDates(id); // EQ-1: open findings follow the grace period the SPOC sets
    }

    /** CAL-2: a day added by the SPOC moves the grace periods still running. */
    private void dayAdded(EventEnvelope event, CalendarDayAdded d) {
        require(event, "date", d.date());
        require(event, "scope", d.scope());
        try {
            HolidayScope.valueOf(d.scope());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " has an unknown scope " + d.scope());
        }
        if (CalendarDay.count("date = ?1 and scope = ?2", d.date(), d.scope()) == 0) {
            CalendarDay day = new CalendarDay();
            day.date = d.date();
            day.scope = d.scope();
            day.title = d.title() == null || d.title().isBlank() ? "added by the SPOC" : d.title();
            day.persist();
            parity.recountDueDates(null);
        }
    }

    private void extended(EventEnvelope event, OfferExtended o) {
        require(event, "offerId", o.offerId());
        require(event, "candidateId", o.candidateId());
        require(event, "kind", o.kind());
        if (Offer.findById(o.offerId()) != null) {
            return;
        }
        Offer offer = new Offer();
        offer.offerId = o.offerId();
        offer.electionId = o.electionId();
        offer.candidateId = o.candidateId();
        offer.kind = o.kind();
        offer.officeHolder = ParityLine.of(o.kind(), o.officeHolder()).officeHolder();
        offer.source = Offer.Source.OFFER;
        offer.description = o.description();
        offer.extendedAt = at(o.extendedAt(), event);
        offer.insidePurdah = o.insidePurdah();
        offer.persist();
        parity.given(offer);
    }

    /**
     * CAND-2, EQ-5: every dealing is listed; a statutory one (the incumbent in their statutory capacity) does not
     * count for parity. Any other dealing that is a meeting or a visit counts as that candidate having had it.
     */
    private void dealing(EventEnvelope event, DealingRecorded d) {
        require(event, "dealingId", d.dealingId());
        require(event, "candidateId", d.candidateId());
        require(event, "kind", d.kind());
        if (Dealing.findById(d.dealingId()) != null) {
            return;
        }
        Dealing dealing = new Dealing();
        dealing.dealingId = d.dealingId();
        dealing.electionId = d.electionId();
        dealing.candidateId = d.candidateId();
        dealing.kind = d.kind().strip().toUpperCase(Locale.ROOT);
        dealing.occurredAt = at(d.occurredAt(), event);
        dealing.capacity = d.capacity();
        dealing.statutory = d.statutory();
        dealing.summary = d.summary();
        dealing.insidePurdah = d.insidePurdah();
        dealing.persist();
        OfferKind counted = switch (dealing.kind) {
            case "MEETING" -> OfferKind.MEETING;
            case "VISIT" -> OfferKind.VISIT;
            default -> null;
        };
        if (dealing.statutory || counted == null || Offer.findById(d.dealingId()) != null) {
            return; // EQ-5
        }
        Offer offer = new Offer();
        offer.offerId = d.dealingId();
        offer.electionId = d.electionId();
        offer.candidateId = d.candidateId();
        offer.kind = counted;
        offer.officeHolder = "";
        offer.source = Offer.Source.DEALING;
        offer.description = d.summary();
        offer.extendedAt = dealing.occurredAt;
        offer.heldAt = dealing.occurredAt;
        offer.insidePurdah = d.insidePurdah();
        offer.persist();
        parity.given(offer);
    }

    private void decided(EventEnvelope event, RequestDecided r) {
        require(event, "requestId", r.requestId());
        require(event, "candidateId", r.candidateId());
        require(event, "kind", r.kind());
        require(event, "decision", r.decision());
        RequestSeen seen = RequestSeen.findById(r.requestId());
        if (seen == null) { // a decision whose receipt this view never saw: compared (EQ-3), not timed (EQ-4)
            seen = new RequestSeen();
            seen.requestId = r.requestId();
            seen.electionId = r.electionId();
            seen.candidateId = r.candidateId();
            seen.kind = r.kind();
            seen.persist();
        }
        seen.purpose = r.purpose();
        seen.purposeKey = ConsistencyCheck.purposeKey(r.purpose());
        seen.decision = r.decision();
        seen.decidedAt = at(r.decidedAt(), event);
        consistency.decided(seen);
        serviceTimes.check(seen.electionId, seen.decidedAt);
    }

    private void responded(EventEnvelope event, ResponseApproved r) {
        require(event, "requestId", r.requestId());
        RequestSeen seen = RequestSeen.findById(r.requestId());
        if (seen == null) {
            return; // nothing to time it from
        }
        seen.respondedAt = at(r.approvedAt(), event);
        serviceTimes.check(seen.electionId, seen.respondedAt);
    }

    private static Offer knownOffer(EventEnvelope event, UUID offerId) {
        Offer offer = offerId == null ? null : Offer.findById(offerId);
        if (offer == null) { // same topic and key as the offer: it came first, unless the stream has a gap
            throw new MalformedEventException(event.type() + " for offer " + offerId + ", which was never extended");
        }
        return offer;
    }

    /** The time a fact happened: as the event says, else when the event was made. */
    private static OffsetDateTime at(OffsetDateTime stated, EventEnvelope event) {
        return stated != null ? stated : event.time();
    }

    private void registered(EventEnvelope event, CandidateRegistered c) {
        String name = name(event, c.identity());
        Candidate candidate = Candidate.findById(c.candidateId());
        boolean isNew = candidate == null;
        if (isNew) {
            candidate = new Candidate();
            candidate.id = c.candidateId();
            candidate.electionId = c.electionId();
            candidate.status = Candidate.Status.PROSPECTIVE; // CAND-1
            candidate.registeredAt = event.time();
        }
        candidate.name = name;
        candidate.party = c.identity().party();
        candidate.incumbentRole = role(c.incumbentRole());
        if (isNew) {
            candidate.persist();
            parity.stood(candidate); // EQ-2
        }
    }

    /** One row per request, whichever event told us first. */
    private static void received(EventEnvelope event, RequestReceived r) {
        require(event, "candidateId", r.candidateId());
        require(event, "kind", r.kind());
        require(event, "receivedAt", r.receivedAt());
        if (RequestSeen.findById(r.requestId()) != null) {
            return;
        }
        RequestSeen seen = new RequestSeen();
        seen.requestId = r.requestId();
        seen.electionId = r.electionId();
        seen.candidateId = r.candidateId();
        seen.kind = r.kind();
        seen.receivedAt = r.receivedAt();
        seen.insidePurdah = r.insidePurdah();
        seen.persist();
    }

    private static Candidate known(EventEnvelope event, UUID candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null) {
            throw new UnknownCandidateException(event.type(), candidateId);
        }
        return candidate;
    }

    private static String name(EventEnvelope event, CandidateIdentity identity) {
        String name = identity == null ? null : identity.name();
        if (name == null || name.isBlank()) {
            throw new MalformedEventException(event.type() + " lacks the candidate's name");
        }
        return name;
    }

    private static void require(EventEnvelope event, String field, Object value) {
        if (value == null) {
            throw new MalformedEventException(event.type() + " lacks " + field);
        }
    }

    private static IncumbentRole role(IncumbentRole role) {
        return role == null ? IncumbentRole.NONE : role;
    }
}
