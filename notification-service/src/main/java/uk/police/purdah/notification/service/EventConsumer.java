package uk.police.purdah.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import uk.police.purdah.support.inbox.EventInbox;

/**
 * Reads elections, requests and findings (DESIGN §3), each event once: the notifications an event calls for are owed
 * in the transaction that records its id, so a redelivered or replayed event owes nothing new. A message that is not
 * a Purdah event, or cannot be applied, goes to {@code purdah.dlq.notification} with the reason.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventInbox inbox;
    private final NotificationProjection projection;

    public EventConsumer(EventInbox inbox, NotificationProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("events")
    @Blocking
    public void consume(String payload) throws InterruptedException {
        inbox.accept(payload, projection::apply);
    }
}
