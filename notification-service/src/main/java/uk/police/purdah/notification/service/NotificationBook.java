package uk.police.purdah.notification.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import uk.police.purdah.notification.model.Notification;
import uk.police.purdah.notification.model.Reason;

/**
 * Records what is owed: one row per subject and reason, or nothing when it was owed before (the unique
 * {@code (subject_id, reason)}), in the caller's transaction, which also records the event that called for it.
 */
@ApplicationScoped
public class NotificationBook {

    private static final Logger LOG = Logger.getLogger(NotificationBook.class);

    private final EntityManager entityManager;
    private final Clock clock;

    public NotificationBook(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What a notification says, besides its reason. */
    public record Facts(UUID electionId, UUID subjectId, UUID candidateId, String kind, String title,
            LocalDate dueDate, OffsetDateTime dueBy, Integer workingDaysLeft, String detail) {
    }

    /** Owes a notification; {@code false} if this subject was notified for this reason before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean owe(Reason reason, List<String> roles, Facts facts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO notification (id, election_id, subject_id, candidate_id, reason, recipient_roles, kind,
                    title, due_date, due_by, working_days_left, detail, status, attempts, next_attempt_at, created_at)
                VALUES (:id, :electionId, :subjectId, :candidateId, :reason, :roles, :kind, :title, :dueDate, :dueBy,
                    :left, :detail, 'PENDING', 0, :now, :now)
                ON CONFLICT (subject_id, reason) DO NOTHING""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("electionId", facts.electionId())
                .setParameter("subjectId", facts.subjectId())
                .setParameter("candidateId", facts.candidateId())
                .setParameter("reason", reason.name())
                .setParameter("roles", String.join(",", roles))
                .setParameter("kind", facts.kind())
                .setParameter("title", facts.title())
                .setParameter("dueDate", facts.dueDate())
                .setParameter("dueBy", facts.dueBy())
                .setParameter("left", facts.workingDaysLeft())
                .setParameter("detail", facts.detail())
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 1) {
            LOG.infof("%s: %s owed to %s for %s", reason.rule(), reason, roles, facts.subjectId());
        }
        return inserted == 1;
    }

    /** Cancels what is still pending for a subject and these reasons (e.g. FOI reminders once it is answered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelPending(UUID subjectId, List<Reason> reasons, String why) {
        return Notification.update("status = ?1, lastError = ?2 where subjectId = ?3 and status = ?4 and reason in ?5",
                Notification.Status.CANCELLED, why, subjectId, Notification.Status.PENDING, reasons);
    }
}
