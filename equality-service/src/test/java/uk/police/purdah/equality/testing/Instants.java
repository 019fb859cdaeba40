package uk.police.purdah.equality.testing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches an ISO 8601 date-time with offset that names the given instant, whatever offset it is written in. */
public final class Instants {

    private Instants() {
    }

    public static Matcher<String> at(String instant) {
        Instant expected = Instant.parse(instant);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String text) {
                try {
                    return OffsetDateTime.parse(text).toInstant().equals(expected);
                } catch (DateTimeParseException e) {
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a date-time at " + expected);
            }
        };
    }
}
