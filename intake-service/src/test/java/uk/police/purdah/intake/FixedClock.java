package uk.police.purdah.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * The clock of intake's tests: the system clock, unless a test fixes it at an instant to count from an exact
 * "today" (INT-3). A test that fixes it puts it back with {@link #release()} when it ends. It replaces the clock of
 * service-support's {@code Clocks} for this module's test application only.
 */
public final class FixedClock extends Clock {

    private static final FixedClock INSTANCE = new FixedClock();

    private volatile Instant fixed;

    private FixedClock() {
    }

    /** Fixes "now" for the application under test. */
    public static void fixAt(Instant instant) {
        INSTANCE.fixed = instant;
    }

    /** Back to the system clock. */
    public static void release() {
        INSTANCE.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        FixedClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    /** The CDI producer that puts this clock in place of the system clock. */
    @ApplicationScoped
    public static class Producer {
        @Produces
        @Alternative
        @Priority(10)
        @jakarta.inject.Singleton
        Clock clock() {
            return INSTANCE;
        }
    }
}
