package uk.police.purdah.publication.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import uk.police.purdah.support.inbox.EventInbox;

/**
 * Reads elections, candidates, requests and engagements (DESIGN §3) into this service's view, each event once; a message that
 * is not a Purdah event, or cannot be applied, goes to {@code purdah.dlq.publication} with the reason.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventInbox inbox;
    private final RegistryProjection projection;
    private final PublicationInputs inputs;

    public EventConsumer(EventInbox inbox, RegistryProjection projection, PublicationInputs inputs) {
        this.inbox = inbox;
        this.projection = projection;
        this.inputs = inputs;
    }

    @Incoming("events")
    @Blocking
    public void consume(String payload) throws InterruptedException {
        inbox.accept(payload, event -> {
            projection.apply(event);
            inputs.apply(event); // PUB-1
        });
    }
}
