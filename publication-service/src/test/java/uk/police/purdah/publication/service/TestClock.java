package uk.police.purdah.publication.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The clock of the test application (PUB-4: "an injectable Clock for tests"): the system clock unless a test
 * sets it; every bean that takes a {@link Clock} (the release, the approval, the outbox) sees it.
 */
public final class TestClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static volatile Instant fixed;

    /** Sets the time, as a local time in London. */
    public static void setLondon(String localDateTime) {
        fixed = java.time.LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return TestClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return TestClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    public static ZonedDateTime nowInLondon() {
        return ZonedDateTime.now(new TestClock().withZone(LONDON));
    }

    /** Wins over service-support's system clock in the test application. */
    @Dependent
    public static class Producer {
        @Produces
        @Alternative
        @Priority(100)
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
