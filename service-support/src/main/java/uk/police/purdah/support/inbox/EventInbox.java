package uk.police.purdah.support.inbox;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.support.Databases;

/**
 * How a consuming service takes in a message: decoded by {@link EventCodec} (a message that is not
 * a Purdah event throws, and the connector dead-letters it with the reason), then applied once, in
 * one transaction with the record of its id (a redelivered or replayed event changes nothing),
 * waiting while PostgreSQL is away rather than dead-lettering (DESIGN §3, §6).
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ProcessedEvents processed;

    public EventInbox(ProcessedEvents processed) {
        this.processed = processed;
    }

    public void accept(String payload, Consumer<EventEnvelope> projection) throws InterruptedException {
        EventEnvelope event = EventCodec.decode(payload);
        Databases.inTransactionWaitingOutOutages("event " + event.id(), () -> {
            if (processed.recordFirstTime(event)) {
                projection.accept(event);
            } else {
                LOG.debugf("event %s (%s) was processed before; ignored", event.id(), event.type());
            }
        });
    }
}
