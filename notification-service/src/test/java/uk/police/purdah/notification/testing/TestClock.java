package uk.police.purdah.notification.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The clock of the service under test (it replaces service-support's system clock): it runs at the real pace from a
 * time a test sets, so a test can move to the day an FOI reminder is due (INT-3) while the sender's back-off still
 * passes in real seconds. It starts at {@link #START}; {@link #set} moves it, {@link #reset} brings it back.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    /** Monday 1 June 2026, 09:00 London time. */
    public static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    private volatile Duration offset = Duration.between(Instant.now(), START);

    public void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        set(START);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
