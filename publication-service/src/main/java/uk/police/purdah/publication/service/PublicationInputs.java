package uk.police.purdah.publication.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.events.EngagementHeld;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.OfferExtended;
import uk.police.purdah.events.PublicationQueued;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.publication.anonymiser.Anonymiser;
import uk.police.purdah.publication.model.Election;
import uk.police.purdah.publication.model.OfferSeen;
import uk.police.purdah.publication.model.Publication;
import uk.police.purdah.publication.model.Publication.HoldReason;
import uk.police.purdah.publication.model.Publication.Kind;
import uk.police.purdah.publication.model.RegistryCandidate;
import uk.police.purdah.publication.model.RequestSeen;
import uk.police.purdah.support.outbox.Outbox;

/**
 * PUB-1: what gets published comes from the events: an approved response with its request, the notes of an
 * engagement held (meeting, briefing, visit), and the material of a briefing offered. Each is anonymised at once
 * (PUB-2, {@link RedactionService}), screened by the purdah factual check (PUB-5, {@link FactualCheck}) and
 * queued for the SPOC's review (PUB-3) with a {@code PublicationQueued} event, in the transaction that applies the
 * incoming event.
 */
@ApplicationScoped
public class PublicationInputs {

    /** The actor of the events this service raises by itself. */
    public static final String ACTOR = "publication-service";

    private final RedactionService redactions;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    public PublicationInputs(RedactionService redactions, Outbox outbox, Clock clock,
            @ConfigProperty(name = "purdah.release.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.redactions = redactions;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        PurdahEvent data = event.data();
        if (data instanceof ElectionScheduled e) {
            election(event, e.electionId(), e.policeArea(), e.pollDate(), e.purdahStart());
        } else if (data instanceof ElectionUpdated e) {
            election(event, e.electionId(), e.policeArea(), e.pollDate(), e.purdahStart());
        } else if (data instanceof RequestReceived r) {
            RequestSeen seen = RequestSeen.findById(r.requestId());
            if (seen == null) {
                seen = new RequestSeen();
                seen.requestId = r.requestId();
                seen.electionId = r.electionId();
                seen.subject = r.subject();
                seen.receivedOn = day(r.receivedAt());
                seen.persist();
            }
        } else if (data instanceof ResponseApproved r) {
            RequestSeen seen = RequestSeen.findById(r.requestId());
            String subject = seen != null && seen.subject != null && !seen.subject.isBlank() ? seen.subject
                    : label(r.kind());
            queue(r.electionId(), Kind.RESPONSE, r.requestId(), subject, r.requestText(), r.responseText(),
                    day(r.approvedAt()), false);
        } else if (data instanceof OfferExtended o) {
            if (OfferSeen.findById(o.offerId()) == null) {
                OfferSeen seen = new OfferSeen();
                seen.offerId = o.offerId();
                seen.electionId = o.electionId();
                seen.kind = o.kind() == null ? OfferKind.MEETING.name() : o.kind().name();
                seen.officeHolder = o.officeHolder();
                seen.persist();
            }
            if (o.kind() == OfferKind.BRIEFING && o.description() != null && !o.description().isBlank()) {
                String title = "Briefing material" + (o.officeHolder() == null || o.officeHolder().isBlank() ? ""
                        : ": briefing by the " + o.officeHolder());
                queue(o.electionId(), Kind.BRIEFING_MATERIAL, o.offerId(), title, null, o.description(),
                        day(o.extendedAt()), o.insidePurdah());
            }
        } else if (data instanceof EngagementHeld h) {
            if (h.notes() != null && !h.notes().isBlank()) {
                OfferSeen offer = OfferSeen.findById(h.offerId());
                String what = offer == null ? "an engagement with a candidate"
                        : "a " + offer.kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " with a candidate"
                                + (offer.officeHolder == null || offer.officeHolder.isBlank() ? ""
                                        : " (" + offer.officeHolder + ")");
                queue(h.electionId(), Kind.MEETING_NOTES, h.offerId(), "Notes of " + what, null, h.notes(),
                        day(h.heldAt()), h.insidePurdah());
            }
        }
    }

    private void election(EventEnvelope event, UUID electionId, String area, LocalDate poll, LocalDate purdahStart) {
        Election election = Election.findById(electionId);
        boolean isNew = election == null;
        if (isNew) {
            election = new Election();
            election.electionId = electionId;
        }
        election.policeArea = area;
        election.pollDate = poll;
        election.purdahStart = purdahStart;
        election.updatedAt = event.time();
        if (isNew) {
            election.persist();
        }
    }

    private void queue(UUID electionId, Kind kind, UUID sourceId, String title, String requestText, String text,
            LocalDate dealtOn, boolean insidePurdahFlag) {
        Anonymiser.Result body = redactions.redact(electionId, text);
        Anonymiser.Result request = requestText == null || requestText.isBlank() ? null
                : redactions.redact(electionId, requestText);
        Anonymiser.Result heading = redactions.redact(electionId, title);
        String hash = sha256(kind + "\n" + (request == null ? "" : request.redactedText()) + "\n"
                + body.redactedText());
        if (kind == Kind.BRIEFING_MATERIAL && Publication.count(
                "electionId = ?1 and kind = ?2 and contentHash = ?3 and status <> ?4", electionId, kind, hash,
                Publication.Status.RETURNED) > 0) {
            return; // EQ-1 offers the same briefing to every candidate: its material is published once
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Publication p = new Publication();
        p.publicationId = UUID.randomUUID();
        p.electionId = electionId;
        p.kind = kind;
        p.sourceId = sourceId;
        p.status = Publication.Status.PENDING;
        p.title = heading.redactedText();
        p.queuedTitle = p.title;
        p.queuedRequestText = request == null ? null : request.redactedText();
        p.queuedText = body.redactedText();
        p.requestText = p.queuedRequestText;
        p.text = p.queuedText;
        p.removed = counts(body, request, heading);
        p.contentHash = hash;
        p.dealingInsidePurdah = purdahApplies(electionId, dealtOn, today, insidePurdahFlag);
        p.holdReasons = p.dealingInsidePurdah ? check(electionId, p) : List.of();
        p.held = !p.holdReasons.isEmpty();
        p.queuedOn = today;
        p.queuedAt = OffsetDateTime.now(clock);
        p.persist();
        outbox.append(new PublicationQueued(electionId, p.publicationId, sourceId, kind.name()), ACTOR);
    }

    /** PUB-5 applies when the dealing or the publishing falls inside the purdah window; an unknown calendar counts as inside. */
    static boolean purdahApplies(UUID electionId, LocalDate dealtOn, LocalDate today, boolean insidePurdahFlag) {
        Election election = Election.findById(electionId);
        if (insidePurdahFlag || election == null || election.purdahStart == null || election.pollDate == null) {
            return true;
        }
        return (dealtOn != null && election.insidePurdah(dealtOn)) || election.insidePurdah(today);
    }

    /** PUB-5 on the texts as they would be published. */
    static List<HoldReason> check(UUID electionId, Publication p) {
        boolean incumbentStands = RegistryCandidate.count(
                "electionId = ?1 and incumbentRole <> ?2 and status <> ?3", electionId, IncumbentRole.NONE,
                RegistryCandidate.Status.WITHDRAWN) > 0;
        List<HoldReason> reasons = new java.util.ArrayList<>(FactualCheck.check(p.title, incumbentStands));
        reasons.addAll(FactualCheck.check(p.requestText, incumbentStands));
        reasons.addAll(FactualCheck.check(p.text, incumbentStands));
        return reasons;
    }

    static Map<String, Integer> counts(Anonymiser.Result... results) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Anonymiser.Result result : results) {
            if (result != null) {
                result.counts().forEach((k, n) -> counts.merge(k.name().toLowerCase(Locale.ROOT), n, Integer::sum));
            }
        }
        return counts;
    }

    private LocalDate day(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDate();
    }

    static String label(RequestKind kind) {
        if (kind == null) {
            return "Request from a candidate";
        }
        return switch (kind) {
            case FOI -> "Freedom of Information request";
            case INFORMATION -> "Request for information";
            case VISIT -> "Request for a visit";
            case MEETING -> "Request for a meeting";
            case BRIEFING -> "Request for a briefing";
            case PHOTOGRAPH_OR_FILMING -> "Request to photograph or film";
            case POLICE_IMAGERY -> "Request to use police imagery";
            case REGULAR_MEETINGS -> "Request for regular meetings";
            case OTHER -> "Request from a candidate";
        };
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
