package uk.police.purdah.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured mode: the required attributes, two extension
 * attributes ({@code electionid}, the Kafka key; {@code actor}, who caused it) and the body.
 * The {@code id} is unique forever; consumers are idempotent on it.
 */
public record EventEnvelope(String specversion, UUID id, String type, String source, String subject,
        OffsetDateTime time, String datacontenttype, UUID electionid, String actor, PurdahEvent data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    /** The Kafka record's content type in structured mode. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

    /** Wraps a body in a new event with a fresh id, stamped now. */
    public static EventEnvelope wrap(PurdahEvent data, String source, String actor, Clock clock) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), EventType.of(data).type(), source,
                data.aggregateId().toString(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS),
                CONTENT_TYPE, data.electionId(), actor, data);
    }

    public EventType eventType() {
        return EventType.of(data);
    }

    public Topic topic() {
        return eventType().topic();
    }

    /** The Kafka key: the election, so each election's events stay in order. */
    public String key() {
        return electionid.toString();
    }
}
