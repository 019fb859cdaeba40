package uk.police.purdah.audit.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import uk.police.purdah.audit.mapping.LedgerHead;
import uk.police.purdah.audit.service.LedgerService;

/**
 * Reports the ledger's head sequence, or DOWN when the ledger cannot be read; the readiness
 * endpoint is public, so the reason goes to the log, not into the answer.
 */
@Readiness
@ApplicationScoped
public class LedgerHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(LedgerHealthCheck.class);

    private final LedgerService ledger;

    public LedgerHealthCheck(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            LedgerHead head = ledger.head().map(LedgerHead::of).orElse(LedgerHead.EMPTY);
            return HealthCheckResponse.named("ledger").withData("headSequence", head.sequence()).up().build();
        } catch (RuntimeException e) {
            LOG.warnf("ledger readiness: %s", e.getMessage());
            return HealthCheckResponse.named("ledger").withData("error", "the ledger cannot be read").down().build();
        }
    }
}
