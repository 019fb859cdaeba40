package uk.police.purdah.support.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.properties.IfBuildProperty;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.PurdahEvent;

/**
 * Appends events to the transactional outbox, inside the caller's transaction: the row and the change it
 * announces commit together (DESIGN §3). Present in the services that publish events
 * ({@code purdah.outbox.enabled=true}, with an {@code outbox_event} table and an outgoing channel {@code outbox}).
 */
@IfBuildProperty(name = "purdah.outbox.enabled", stringValue = "true")
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final String source;

    public Outbox(Clock clock, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.clock = clock;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(PurdahEvent body, String actor) {
        EventEnvelope event = EventEnvelope.wrap(body, source, actor, clock);
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = event.topic().topicName();
        row.eventKey = event.key();
        row.payload = EventCodec.encode(event);
        row.createdAt = OffsetDateTime.now(clock);
        row.persist();
        return event;
    }
}
