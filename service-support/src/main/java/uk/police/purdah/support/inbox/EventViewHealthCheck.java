package uk.police.purdah.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Says when this service last applied an event, so a stalled consumer shows. Still UP: the view is
 * readable while no events arrive; the Kafka and datasource checks report the connections.
 * Present in the services that keep a {@code processed_event} table ({@code purdah.inbox.enabled=true}).
 */
@Readiness
@IfBuildProperty(name = "purdah.inbox.enabled", stringValue = "true")
@ApplicationScoped
public class EventViewHealthCheck implements HealthCheck {

    private final EntityManager entityManager;

    public EventViewHealthCheck(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public HealthCheckResponse call() {
        // a transaction of its own: the health checks run side by side and must not share one session
        Object last = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT max(processed_at) FROM processed_event").getSingleResult());
        return HealthCheckResponse.named("event-view")
                .withData("lastEventProcessedAt", last == null ? "never" : last.toString())
                .up()
                .build();
    }
}
