package uk.police.purdah.audit.retention;

import java.time.OffsetDateTime;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long entries are kept (AUD-6): {@code purdah.audit.retention}, an ISO 8601 period counted
 * from when an entry was received. Nothing is removed before it ends — nor after, by the service:
 * the database refuses every DELETE (AUD-2); archiving after the period is a DBA procedure
 * (docs/audit.md). Each entry shows when its retention ends.
 */
@ApplicationScoped
public class LedgerRetention {

    private final Period period;

    public LedgerRetention(@ConfigProperty(name = "purdah.audit.retention") String period) {
        this.period = Period.parse(period);
        if (this.period.isNegative() || this.period.isZero()) {
            throw new IllegalArgumentException("purdah.audit.retention must be a positive period, not " + period);
        }
    }

    public Period period() {
        return period;
    }

    /** The end of an entry's retention: before it, the entry must be kept. */
    public OffsetDateTime retainedUntil(OffsetDateTime receivedAt) {
        return receivedAt.plus(period);
    }
}
