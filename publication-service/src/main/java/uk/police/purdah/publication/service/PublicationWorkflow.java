package uk.police.purdah.publication.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import uk.police.purdah.events.PublicationApproved;
import uk.police.purdah.events.PublicationPublished;
import uk.police.purdah.events.PublicationReturned;
import uk.police.purdah.events.PublicationWithdrawn;
import uk.police.purdah.publication.anonymiser.Anonymiser;
import uk.police.purdah.publication.model.Publication;
import uk.police.purdah.publication.model.Publication.HoldReason;
import uk.police.purdah.publication.model.Publication.Status;
import uk.police.purdah.support.outbox.Outbox;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;

/**
 * What the SPOC does with a queued item (PUB-3: approve, possibly edited, or return with a reason), the batched
 * release (PUB-4) and withdrawal (PUB-7); every step is an event through the transactional outbox.
 */
@ApplicationScoped
public class PublicationWorkflow {

    private static final Logger LOG = Logger.getLogger(PublicationWorkflow.class);

    /** An approval's optional edits, and the reason for approving a text the factual check held (PUB-5). */
    public record Edits(String title, String requestText, String text, String factualCheckOverride) {
    }

    private final RedactionService redactions;
    private final ReleaseSchedule schedule;
    private final Outbox outbox;
    private final Clock clock;

    public PublicationWorkflow(RedactionService redactions, ReleaseSchedule schedule, Outbox outbox, Clock clock) {
        this.redactions = redactions;
        this.schedule = schedule;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** PUB-3: the queue, oldest first. */
    public List<Publication> queue(UUID electionId, Status status) {
        StringBuilder query = new StringBuilder("status = ?1");
        List<Object> params = new ArrayList<>(List.of(status == null ? Status.PENDING : status));
        if (electionId != null) {
            query.append(" and electionId = ?2");
            params.add(electionId);
        }
        return Publication.list(query + " order by queuedAt, publicationId", params.toArray());
    }

    public Publication get(UUID id) {
        Publication p = Publication.findById(id);
        if (p == null) {
            throw new NotFoundException("no publication " + id);
        }
        return p;
    }

    /**
     * PUB-3: approves a pending item, with edits anonymised again (PUB-2) and the difference kept; a text the
     * purdah factual check still holds (PUB-5) needs a recorded reason.
     */
    @Transactional
    public Publication approve(UUID id, Edits edits, String actor) {
        Publication p = pending(id, "approved");
        Edits e = edits == null ? new Edits(null, null, null, null) : edits;
        Map<String, Integer> removed = new TreeMap<>(p.removed == null ? Map.of() : p.removed);
        String title = edited(p.electionId, p.title, e.title(), removed);
        String request = p.kind == Publication.Kind.RESPONSE ? edited(p.electionId, p.requestText, e.requestText(),
                removed) : p.requestText;
        if (p.kind != Publication.Kind.RESPONSE && e.requestText() != null && !e.requestText().isBlank()) {
            throw new InvalidFieldException("requestText", "only a response is published with its request");
        }
        String text = edited(p.electionId, p.text, e.text(), removed);
        boolean changed = !Objects.equals(title, p.title) || !Objects.equals(request, p.requestText)
                || !Objects.equals(text, p.text);
        p.title = title;
        p.requestText = request;
        p.text = text;
        p.removed = removed;
        if (changed) {
            p.editDiff = diff("title", p.queuedTitle, title) + diff("requestText", p.queuedRequestText, request)
                    + diff("text", p.queuedText, text);
            if (p.dealingInsidePurdah) {
                p.holdReasons = PublicationInputs.check(p.electionId, p);
                p.held = !p.holdReasons.isEmpty();
            }
        }
        if (p.held) {
            String override = e.factualCheckOverride();
            if (override == null || override.isBlank()) {
                throw new InvalidFieldException("factualCheckOverride", "the purdah factual check (PUB-5) holds "
                        + "this text: " + describe(p.holdReasons)
                        + "; edit the text or give the reason it may be published all the same");
            }
            p.factualCheckOverride = override.strip();
        }
        p.status = Status.APPROVED;
        p.reviewedBy = actor;
        p.reviewedAt = OffsetDateTime.now(clock);
        p.releaseOn = schedule.nextReleaseDay(clock.instant());
        outbox.append(new PublicationApproved(p.electionId, p.publicationId, actor, changed, p.releaseOn), actor);
        return p;
    }

    /** PUB-3: sent back with a reason; it is never published. */
    @Transactional
    public Publication sendBack(UUID id, String reason, String actor) {
        Publication p = pending(id, "returned");
        p.status = Status.RETURNED;
        p.returnReason = reason.strip();
        p.reviewedBy = actor;
        p.reviewedAt = OffsetDateTime.now(clock);
        outbox.append(new PublicationReturned(p.electionId, p.publicationId, p.returnReason, actor), actor);
        return p;
    }

    /** PUB-7: a published item is withdrawn; a public notice with the reason stays. */
    @Transactional
    public Publication withdraw(UUID id, String reason, String actor) {
        Publication p = get(id);
        if (p.status != Status.PUBLISHED) {
            throw new ConflictException("publication " + id + " is " + p.status.name().toLowerCase()
                    + "; only a published item can be withdrawn");
        }
        p.status = Status.WITHDRAWN;
        p.withdrawnOn = LocalDate.now(clock.withZone(schedule.zone()));
        p.withdrawalReason = reason.strip();
        outbox.append(new PublicationWithdrawn(p.electionId, p.publicationId, p.withdrawnOn, p.withdrawalReason),
                actor);
        return p;
    }

    /** PUB-4: the scheduled batch (cron {@code purdah.release.cron}, zone {@code purdah.release.zone}). */
    @Scheduled(identity = "publication-release", cron = "${purdah.release.cron:0 0 10 * * ?}",
            timeZone = "${purdah.release.zone:Europe/London}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRelease() {
        int released = release();
        LOG.infof("release: %d publication(s) published", released);
    }

    /**
     * PUB-4: publishes every approved item due today or before, dated today (the day only, in the release zone).
     * Returns how many went out.
     */
    @Transactional
    public int release() {
        LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
        List<Publication> due = Publication.list("status = ?1 and releaseOn <= ?2 order by queuedAt, publicationId",
                Status.APPROVED, today);
        for (Publication p : due) {
            p.status = Status.PUBLISHED;
            p.publishedOn = today;
            outbox.append(new PublicationPublished(p.electionId, p.publicationId, today, p.reviewedBy),
                    PublicationInputs.ACTOR);
        }
        return due.size();
    }

    private Publication pending(UUID id, String what) {
        Publication p = get(id);
        if (p.status != Status.PENDING) {
            throw new ConflictException("publication " + id + " is " + p.status.name().toLowerCase()
                    + "; only a pending item can be " + what);
        }
        return p;
    }

    private String edited(UUID electionId, String current, String edit, Map<String, Integer> removed) {
        if (edit == null || edit.isBlank()) {
            return current;
        }
        Anonymiser.Result result = redactions.redact(electionId, edit); // PUB-2 again on the SPOC's words
        PublicationInputs.counts(result).forEach((k, n) -> removed.merge(k, n, Integer::sum));
        return result.redactedText();
    }

    private static String diff(String field, String before, String after) {
        if (Objects.equals(before, after)) {
            return "";
        }
        return field + ": " + TextDiff.of(before == null ? "" : before, after == null ? "" : after) + "\n";
    }

    static String describe(List<HoldReason> reasons) {
        return reasons.stream().map(r -> "\"" + r.wording() + "\" in \"" + r.sentence() + "\" (" + r.rule() + ")")
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
