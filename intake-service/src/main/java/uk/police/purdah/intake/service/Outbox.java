package uk.police.purdah.intake.service;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.intake.model.OutboxEvent;

/** Appends events to the transactional outbox, inside the caller's transaction. */
@ApplicationScoped
public class Outbox {

    static final String SOURCE = "intake-service";

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(PurdahEvent body, String actor) {
        EventEnvelope event = EventEnvelope.wrap(body, SOURCE, actor, clock);
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
