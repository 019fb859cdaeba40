package uk.police.purdah.equality.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The clock of the service under test (it replaces service-support's system clock), so that a test can move
 * time past a grace period instead of waiting days (EQ-1). It starts on Tuesday 2 June 2026, 13:00 London
 * time, the day after the scenario's first offer; {@link #set} moves it, {@link #reset} brings it back.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    public static final Instant START = Instant.parse("2026-06-02T12:00:00Z");

    private volatile Instant now = START;

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = START;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
