package uk.police.purdah.equality.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import uk.police.purdah.equality.model.Finding;

/**
 * EQ-1: an open finding whose grace period has run out is breached, with its own event. Checked at start-up
 * (a service that was down while a grace period ran out reports it at once) and then every
 * {@code purdah.parity.breach-check.every} (default one minute), against the injectable {@link Clock}.
 */
@ApplicationScoped
public class BreachCheck {

    private static final Logger LOG = Logger.getLogger(BreachCheck.class);

    private final FindingLedger ledger;
    private final Clock clock;

    public BreachCheck(FindingLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("EQ-1: the breach check at start-up failed, the schedule will retry: %s", e.getMessage());
        }
    }

    @Scheduled(every = "${purdah.parity.breach-check.every:60s}", delayed = "${purdah.parity.breach-check.every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("EQ-1: the breach check failed, will retry: %s", e.getMessage());
        }
    }

    /** Breaches every open finding past its due time; returns how many. */
    @Transactional
    public int run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Finding> due = Finding.list("status = ?1 and breachedAt is null and dueBy <= ?2 order by dueBy",
                Finding.Status.OPEN, now);
        for (Finding finding : due) {
            ledger.breach(finding, "the grace period ran out (checked " + now + ")");
        }
        if (!due.isEmpty()) {
            LOG.infof("EQ-1: %d finding(s) breached", due.size());
        }
        return due.size();
    }
}
