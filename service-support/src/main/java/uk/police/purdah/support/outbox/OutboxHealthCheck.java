package uk.police.purdah.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reports how many events wait in the outbox; still UP, because accepting while Kafka is away is the point. */
@Readiness
@IfBuildProperty(name = "purdah.outbox.enabled", stringValue = "true")
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox")
                // a transaction of its own: the health checks run side by side and must not share one session
                .withData("unpublished", QuarkusTransaction.requiringNew()
                        .call(() -> OutboxEvent.count("publishedAt is null")))
                .up()
                .build();
    }
}
