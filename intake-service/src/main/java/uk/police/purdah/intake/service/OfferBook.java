package uk.police.purdah.intake.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import uk.police.purdah.events.EngagementHeld;
import uk.police.purdah.events.OfferAccepted;
import uk.police.purdah.events.OfferDeclined;
import uk.police.purdah.events.OfferExtended;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.intake.mapping.OfferForm;
import uk.police.purdah.intake.mapping.OutcomeForm;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.intake.model.Offer;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.outbox.Outbox;

/** Offers extended to candidates and what came of them; equality-service holds everyone to them (EQ-1). */
@ApplicationScoped
public class OfferBook {

    /** The office holders a meeting is usually with (001 §8.3); anyone else is named in free text. */
    public static final List<String> OFFICE_HOLDERS = List.of("CHIEF_CONSTABLE", "CHIEF_EXECUTIVE", "PCC");

    private final Outbox outbox;
    private final Clock clock;

    public OfferBook(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An offer and the candidate it was made to. */
    public record Entry(Offer offer, Candidate candidate) {
    }

    /**
     * Extends an offer to one candidate of an election (EQ-1), marked inside purdah or not (CAL-3). A withdrawn
     * candidate is owed nothing and can be offered nothing (CAND-1).
     */
    @Transactional
    public Entry extend(OfferForm form, String actor) {
        ElectionCandidate named = ElectionCandidate.find(form.electionId(), form.candidateId(),
                LockModeType.PESSIMISTIC_READ);
        Election election = named.election();
        Candidate candidate = named.candidate();
        String officeHolder = officeHolder(form.officeHolder());
        if (form.kind() == OfferKind.MEETING && officeHolder == null) {
            throw new InvalidFieldException("officeHolder", "is required for a MEETING: " + OFFICE_HOLDERS
                    + " or another office holder in free text");
        }
        if (candidate.status == Candidate.Status.WITHDRAWN) {
            throw new ConflictException("candidateId: candidate " + candidate.id + " has withdrawn; nothing can be"
                    + " offered to them (CAND-1)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.electionId = election.id;
        offer.candidateId = candidate.id;
        offer.kind = form.kind();
        offer.officeHolder = officeHolder;
        offer.description = blankToNull(form.description());
        offer.extendedAt = form.extendedAt() != null ? form.extendedAt() : now;
        offer.extendedBy = actor;
        offer.insidePurdah = election.isInsidePurdah(offer.extendedAt);
        offer.status = Offer.Status.EXTENDED;
        offer.createdAt = now;
        offer.persist();
        outbox.append(new OfferExtended(offer.electionId, offer.id, offer.candidateId, offer.kind, offer.officeHolder,
                offer.description, offer.extendedAt, offer.insidePurdah), actor);
        return new Entry(offer, candidate);
    }

    /**
     * What came of an offer: EXTENDED -> ACCEPTED, DECLINED or HELD; ACCEPTED -> DECLINED or HELD; DECLINED and
     * HELD are final. HELD carries when it took place and the notes (published anonymised, INT-5).
     */
    @Transactional
    public Entry outcome(UUID id, OutcomeForm form, String actor) {
        Offer offer = Offer.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            throw new NotFoundException("no offer " + id);
        }
        Offer.Status next = form.outcome();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String notes = blankToNull(form.notes());
        if (next == Offer.Status.EXTENDED) {
            throw new InvalidFieldException("outcome", "must be ACCEPTED, DECLINED or HELD");
        }
        if (next == Offer.Status.HELD) {
            if (form.heldAt() == null) {
                throw new InvalidFieldException("heldAt", "is required when the outcome is HELD");
            }
            if (form.heldAt().isBefore(offer.extendedAt)) {
                throw new InvalidFieldException("heldAt", "must not be before the offer was extended");
            }
            if (notes == null) {
                throw new InvalidFieldException("notes", "are required when the outcome is HELD; they are published"
                        + " anonymised (INT-5)");
            }
        } else {
            if (form.heldAt() != null) {
                throw new InvalidFieldException("heldAt", "is given only when the outcome is HELD");
            }
            if (notes != null) {
                throw new InvalidFieldException("notes", "are given only when the outcome is HELD");
            }
        }
        OffsetDateTime at = form.at() != null ? form.at() : now;
        if (at.isBefore(offer.extendedAt)) {
            throw new InvalidFieldException("at", "must not be before the offer was extended");
        }
        if (!offer.status.canBecome(next)) {
            throw new ConflictException("offer " + id + " is " + offer.status + "; it cannot become " + next
                    + (offer.status == Offer.Status.DECLINED || offer.status == Offer.Status.HELD
                            ? " (" + offer.status + " is final)" : ""));
        }
        Candidate candidate = Candidate.findById(offer.candidateId);
        Election election = Election.findById(offer.electionId);
        offer.status = next;
        offer.outcomeAt = at;
        offer.outcomeBy = actor;
        switch (next) {
            case ACCEPTED -> outbox.append(new OfferAccepted(offer.electionId, offer.id, offer.candidateId, at), actor);
            case DECLINED -> outbox.append(new OfferDeclined(offer.electionId, offer.id, offer.candidateId, at), actor);
            case HELD -> {
                offer.heldAt = form.heldAt();
                offer.notes = notes;
                offer.heldInsidePurdah = election.isInsidePurdah(offer.heldAt);
                outbox.append(new EngagementHeld(offer.electionId, offer.id, offer.candidateId, offer.heldAt,
                        offer.notes, offer.heldInsidePurdah), actor);
            }
            case EXTENDED -> throw new IllegalStateException();
        }
        return new Entry(offer, candidate);
    }

    public Entry get(UUID id) {
        Offer offer = Offer.findById(id);
        if (offer == null) {
            throw new NotFoundException("no offer " + id);
        }
        return new Entry(offer, Candidate.findById(offer.candidateId));
    }

    /** The offers, newest first; of one election if given. */
    public List<Entry> search(UUID electionId, UUID candidateId) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (electionId != null) {
            query.append(" and electionId = :electionId");
            parameters.put("electionId", electionId);
        }
        if (candidateId != null) {
            query.append(" and candidateId = :candidateId");
            parameters.put("candidateId", candidateId);
        }
        List<Offer> offers = Offer.find(query.toString(), Sort.descending("extendedAt"), parameters).page(0, 1000)
                .list();
        Map<UUID, Candidate> candidates = candidates(offers.stream().map(o -> o.candidateId).distinct().toList());
        return offers.stream().map(o -> new Entry(o, candidates.get(o.candidateId))).toList();
    }

    static Map<UUID, Candidate> candidates(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Candidate> found = Candidate.list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    /**
     * A well-known office holder by its constant, whatever the spelling ("Chief Constable", "chief-constable");
     * anyone else as written.
     */
    static String officeHolder(String given) {
        String text = blankToNull(given);
        if (text == null) {
            return null;
        }
        String constant = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return OFFICE_HOLDERS.contains(constant) ? constant : text;
    }

    /**
     * INT-5: an individual meeting with the Chief Constable or the Chief Executive is held only after the
     * candidate's formal declaration, with advance notice of the questions and notes published anonymised
     * (001 §8.3). The register reminds; the SPOC decides.
     */
    public static List<String> warnings(Offer offer, Candidate candidate) {
        List<String> warnings = new ArrayList<>();
        if (offer.kind == OfferKind.MEETING && ("CHIEF_CONSTABLE".equals(offer.officeHolder)
                || "CHIEF_EXECUTIVE".equals(offer.officeHolder))) {
            if (candidate.status == Candidate.Status.PROSPECTIVE) {
                warnings.add("INT-5: an individual meeting with the " + offer.officeHolder + " is held only after the"
                        + " candidate's formal declaration (001 §8.3); this candidate is not declared yet.");
            }
            warnings.add("INT-5: ask for advance notice of the questions; the notes of the meeting will be"
                    + " published anonymised (001 §8.3).");
        }
        return warnings;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
