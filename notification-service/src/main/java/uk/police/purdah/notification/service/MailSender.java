package uk.police.purdah.notification.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.police.purdah.events.NotificationSent;
import uk.police.purdah.notification.model.Election;
import uk.police.purdah.notification.model.Notification;
import uk.police.purdah.support.outbox.Outbox;

/**
 * Sends what is owed, one notification per transaction: the row is locked ({@code FOR UPDATE SKIP LOCKED}, so two
 * replicas never send the same one), the mail handed to SMTP, and the row marked sent together with its
 * {@code notification.sent} event in the outbox. When SMTP fails the row stays pending with its attempt counted and
 * the next one later, doubling from {@code first-retry} up to {@code max-retry}: an outage delays mail and loses none.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    static final String ACTOR = "notification-service";

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final MailContent content;
    private final Recipients recipients;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final Clock clock;

    public MailSender(EntityManager entityManager, Mailer mailer, MailContent content, Recipients recipients,
            Outbox outbox, NotificationConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.content = content;
        this.recipients = recipients;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${purdah.notification.sender.every:2s}", delayed = "${purdah.notification.sender.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sendDue(100);
        } catch (RuntimeException e) {
            LOG.warnf("the sender failed, it tries again: %s", e.getMessage());
        }
    }

    /** Sends up to {@code limit} due notifications; returns how many were sent. */
    public int sendDue(int limit) {
        int sent = 0;
        for (int i = 0; i < limit; i++) {
            Boolean outcome = QuarkusTransaction.requiringNew().call(this::sendNext);
            if (outcome == null) {
                break;
            }
            sent += outcome ? 1 : 0;
        }
        return sent;
    }

    /** Sends the next due notification: true if sent, false if it failed or was cancelled, null if none is due. */
    Boolean sendNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("now", now).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        Notification notification = Notification.findById(ids.get(0));
        Election election = Election.findById(notification.electionId);
        List<String> roles = Arrays.stream(notification.recipientRoles.split(",")).filter(r -> !r.isBlank()).toList();
        String area = election == null ? null : election.policeArea;
        List<String> to = recipients.addresses(area, roles);
        if (to.isEmpty()) {
            notification.status = Notification.Status.CANCELLED;
            notification.lastError = "no address is configured for " + roles + " in " + (area == null
                    ? "the default area" : area) + " (purdah.notification.recipients)";
            LOG.warnf("%s %s for %s not sent: %s", notification.reason.rule(), notification.reason,
                    notification.subjectId, notification.lastError);
            return false;
        }
        MailContent.Rendered mail = content.render(notification, election);
        notification.attempts++;
        try {
            Mail message = Mail.withText(to.get(0), mail.subject(), mail.text()).setHtml(mail.html())
                    .setTo(to)
                    .addHeader("X-Purdah-Notification", notification.id.toString())
                    .addHeader("X-Purdah-Reason", notification.reason.name())
                    .addHeader("X-Purdah-Subject-Id", notification.subjectId.toString());
            mailer.send(message);
        } catch (RuntimeException e) {
            Duration wait = backOff(notification.attempts);
            notification.nextAttemptAt = now.plus(wait);
            notification.lastError = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warnf("%s %s for %s: attempt %d failed (%s); next in %s", notification.reason.rule(),
                    notification.reason, notification.subjectId, notification.attempts, e, wait);
            return false;
        }
        notification.status = Notification.Status.SENT;
        notification.sentAt = OffsetDateTime.now(clock);
        notification.recipients = String.join(",", to);
        notification.mailSubject = mail.subject();
        notification.lastError = null;
        outbox.append(new NotificationSent(notification.electionId, notification.id, notification.subjectId,
                notification.candidateId, notification.reason.name(), roles, to, notification.attempts,
                notification.sentAt), ACTOR);
        LOG.infof("%s %s for %s sent to %s", notification.reason.rule(), notification.reason, notification.subjectId,
                to);
        return true;
    }

    Duration backOff(int attempts) {
        Duration first = config.sender().firstRetry();
        Duration max = config.sender().maxRetry();
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
