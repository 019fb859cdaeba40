package uk.police.purdah.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} application at the real devstack: its PostgreSQL, Kafka
 * broker, OIDC provider and SMTP server. Use with {@code @QuarkusTestResource(DevStackResource.class)}.
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        DevStackProcess.Endpoints endpoints = DevStackProcess.endpoints();
        return Map.of("purdah.jdbc", endpoints.jdbc(),
                "purdah.bootstrap", endpoints.bootstrap(),
                "purdah.oidc", endpoints.oidc(),
                "purdah.smtp.host", endpoints.smtpHost(),
                "purdah.smtp.port", String.valueOf(endpoints.smtpPort()));
    }

    @Override
    public void stop() {
        // the devstack outlives one application start and stops with the test JVM
    }
}
