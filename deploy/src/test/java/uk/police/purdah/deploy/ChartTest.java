package uk.police.purdah.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart as it is: linted, rendered for each environment, and every rendered manifest checked. */
class ChartTest {

    @Test
    void lintsCleanInStrictMode() {
        var lint = new Helm(RenderedChart.chartDir()).lint().strict().call();
        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).allMatch(m -> m.startsWith("[INFO]"), "only [INFO] messages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-local.yaml", "values-production.yaml"})
    void rendersManifestsThatPassEveryCheck(String valuesFile) throws Exception {
        var chart = RenderedChart.render(valuesFile);
        var problems = ManifestChecks.all(chart.documents(), Expected.topics(), Expected.kafkaAccess(),
                RenderedChart.operationsDoc());
        assertThat(problems).as("problems with %s", valuesFile).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-local.yaml", "values-production.yaml"})
    void rendersEveryKindTheDeploymentNeeds(String valuesFile) throws Exception {
        var counts = new TreeMap<String, Integer>();
        RenderedChart.render(valuesFile).documents().forEach(d -> counts.merge(d.path("kind").asText(), 1, Integer::sum));
        assertThat(counts).containsAllEntriesOf(Map.ofEntries(
                Map.entry("Deployment", 5), Map.entry("Service", 5), Map.entry("ServiceAccount", 5),
                Map.entry("ConfigMap", 5), Map.entry("PodDisruptionBudget", 5), Map.entry("KafkaTopic", 11),
                Map.entry("KafkaUser", 5), Map.entry("Kafka", 1), Map.entry("KafkaNodePool", 1),
                Map.entry("Cluster", 1), Map.entry("Keycloak", 1), Map.entry("KeycloakRealmImport", 1)));
        assertThat(counts.get("NetworkPolicy")).isGreaterThanOrEqualTo(8);
    }

    private static List<ObjectNode> ofKind(RenderedChart chart, String kind) {
        return chart.documents().stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    private static ObjectNode named(RenderedChart chart, String kind, String name) {
        return ofKind(chart, kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(kind + "/" + name + " not rendered"));
    }

    @Test
    void localRunsOneOfEverythingAndProductionThreeBrokersAndDatabaseInstances() throws Exception {
        var local = RenderedChart.render("values-local.yaml");
        var production = RenderedChart.render("values-production.yaml");
        assertThat(named(local, "KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(named(production, "KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(named(production, "KafkaNodePool", "dual-role").at("/spec/roles").toString())
                .isEqualTo("[\"controller\",\"broker\"]");
        assertThat(named(local, "Cluster", "purdah-db").at("/spec/instances").asInt()).isEqualTo(1);
        assertThat(named(production, "Cluster", "purdah-db").at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(ofKind(local, "KafkaTopic")).allMatch(t -> t.at("/spec/replicas").asInt() == 1);
        assertThat(ofKind(production, "KafkaTopic")).allMatch(t -> t.at("/spec/replicas").asInt() == 3);
        assertThat(ofKind(local, "HorizontalPodAutoscaler")).isEmpty();
        assertThat(ofKind(production, "HorizontalPodAutoscaler")).extracting(h -> h.at("/metadata/name").asText())
                .containsExactlyInAnyOrder("intake-service", "publication-service");
        assertThat(production.yaml()).contains("@sha256:").doesNotContain(":latest");
        assertThat(production.documents()).noneMatch(d -> "ScheduledBackup".equals(d.path("kind").asText())
                && d.at("/spec/cluster/name").asText().isEmpty());
        assertThat(ofKind(local, "ScheduledBackup")).isEmpty();
    }

    @Test
    void eventTopicsKeepTheAuditTrailForever() throws Exception {
        var chart = RenderedChart.render("values-production.yaml");
        for (JsonNode topic : ofKind(chart, "KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText();
            long retention = topic.at("/spec/config/retention.ms").asLong();
            if (name.startsWith("purdah.dlq.")) {
                assertThat(retention).as(name).isPositive();
            } else {
                assertThat(retention).as(name).isEqualTo(-1L);
            }
        }
    }

    @Test
    void servicesGetTheirConfigurationFromAConfigMapAndTheirPasswordFromASecret() throws Exception {
        var chart = RenderedChart.render("values-production.yaml");
        for (String service : List.of("intake", "equality", "publication", "audit", "notification")) {
            var config = named(chart, "ConfigMap", service + "-service-config").path("data");
            assertThat(config.path("PURDAH_JDBC").asText()).isEqualTo("jdbc:postgresql://purdah-db-rw:5432");
            assertThat(config.path("PURDAH_BOOTSTRAP").asText()).isEqualTo("purdah-kafka-kafka-bootstrap:9093");
            assertThat(config.path("PURDAH_OIDC").asText()).startsWith("https://").endsWith("/realms/purdah");
            assertThat(config.path("QUARKUS_HTTP_PORT").isTextual()).isTrue();
            var env = named(chart, "Deployment", service + "-service").at("/spec/template/spec/containers/0/env");
            var fromSecrets = new TreeMap<String, String>();
            env.forEach(e -> fromSecrets.put(e.path("name").asText(), e.at("/valueFrom/secretKeyRef/name").asText()));
            assertThat(fromSecrets).containsEntry("PURDAH_DB_USER", "purdah-db-" + service)
                    .containsEntry("PURDAH_DB_PASSWORD", "purdah-db-" + service)
                    .containsEntry("KAFKA_SASL_JAAS_CONFIG", service + "-service");
        }
        // issue 4: the intranet pages log in with a confidential client whose secret comes from a Secret too
        var intake = named(chart, "Deployment", "intake-service").at("/spec/template/spec/containers/0/env");
        var intakeSecrets = new TreeMap<String, String>();
        intake.forEach(e -> intakeSecrets.put(e.path("name").asText(), e.at("/valueFrom/secretKeyRef/name").asText()));
        assertThat(intakeSecrets).containsEntry("PURDAH_INTAKE_OIDC_SECRET", "purdah-intranet-client");
        assertThat(named(chart, "ConfigMap", "intake-service-config").at("/data/QUARKUS_OIDC_WEB_CLIENT_ID").asText())
                .isEqualTo("purdah-intranet");
        assertThat(chart.documents()).noneMatch(d -> "Secret".equals(d.path("kind").asText()));
        // issue 11: notification-service finds the force's SMTP relay in its ConfigMap
        var notification = named(chart, "ConfigMap", "notification-service-config").path("data");
        assertThat(notification.path("PURDAH_SMTP_HOST").asText()).isNotBlank();
        assertThat(notification.path("PURDAH_SMTP_PORT").asText()).matches("\\d+");
        assertThat(notification.path("PURDAH_SMTP_START_TLS").asText()).isEqualTo("REQUIRED");
    }

    @Test
    void onlyNotificationServiceMayReachTheSmtpRelay() throws Exception {
        var chart = RenderedChart.render("values-production.yaml");
        var policy = named(chart, "NetworkPolicy", "notification-service-smtp-egress").path("spec");
        assertThat(policy.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("notification-service");
        assertThat(policy.at("/egress/0/ports/0/port").asInt()).isEqualTo(587);
    }

    @Test
    void everyServiceHasItsOwnDatabaseAndRole() throws Exception {
        var chart = RenderedChart.render("values-production.yaml");
        var cluster = named(chart, "Cluster", "purdah-db").path("spec");
        var databases = new TreeMap<String, String>();
        ofKind(chart, "Database").forEach(d -> databases.put(d.at("/spec/name").asText(), d.at("/spec/owner").asText()));
        assertThat(databases).containsExactlyInAnyOrderEntriesOf(Map.of("intake", "intake", "equality", "equality",
                "publication", "publication", "audit", "audit", "notification", "notification", "keycloak", "keycloak"));
        assertThat(ofKind(chart, "Database")).allMatch(d -> "retain".equals(d.at("/spec/databaseReclaimPolicy").asText()));
        var roles = new TreeMap<String, String>();
        cluster.at("/managed/roles").forEach(r -> roles.put(r.path("name").asText(), r.at("/passwordSecret/name").asText()));
        assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of("intake", "purdah-db-intake", "equality",
                "purdah-db-equality", "publication", "purdah-db-publication", "audit", "purdah-db-audit", "notification",
                "purdah-db-notification", "keycloak",
                "purdah-db-keycloak"));
        assertThat(cluster.at("/backup/barmanObjectStore/s3Credentials/accessKeyId/name").asText())
                .isEqualTo("purdah-db-backup-credentials");
    }

    @Test
    void thePortalExposesOnlyPublicationsPublicPaths() throws Exception {
        var chart = RenderedChart.render("values-production.yaml");
        var portalPaths = new ArrayList<String>();
        var portalHosts = new TreeSet<String>();
        for (var ingress : ofKind(chart, "Ingress")) {
            if (!"portal".equals(ingress.at("/metadata/labels/app.kubernetes.io~1component").asText())) {
                continue;
            }
            for (var rule : ingress.at("/spec/rules")) {
                portalHosts.add(rule.path("host").asText());
                for (var path : rule.at("/http/paths")) {
                    portalPaths.add(path.path("path").asText());
                    assertThat(path.at("/backend/service/name").asText()).isEqualTo("publication-service");
                }
            }
        }
        assertThat(portalPaths).containsExactlyInAnyOrder("/", "/publications", "/feed.atom", "/api/publications",
                "/api/elections/[^/]+/candidates$");
        assertThat(portalPaths).noneMatch(p -> p.startsWith("/q"));
        var staffHosts = new TreeSet<String>();
        ofKind(chart, "Ingress").stream()
                .filter(i -> "staff-api".equals(i.at("/metadata/labels/app.kubernetes.io~1component").asText()))
                .forEach(i -> i.at("/spec/rules").forEach(r -> staffHosts.add(r.path("host").asText())));
        assertThat(staffHosts).hasSize(5).doesNotContainAnyElementsOf(portalHosts);
        // audit is reachable only through the staff ingress class
        var auditIngresses = ofKind(chart, "Ingress").stream()
                .filter(i -> i.toString().contains("\"name\":\"audit-service\"")).toList();
        assertThat(auditIngresses).isNotEmpty().allMatch(i -> "nginx-internal".equals(i.at("/spec/ingressClassName").asText())
                && "staff-api".equals(i.at("/metadata/labels/app.kubernetes.io~1component").asText()));
    }

    @Test
    void auditIsReachableOnlyFromTheStaffIngressControllerAndMonitoring() throws Exception {
        var chart = RenderedChart.render("values-production.yaml");
        var policy = named(chart, "NetworkPolicy", "audit-service-ingress");
        var from = policy.at("/spec/ingress/0/from");
        assertThat(from).hasSize(2);
        assertThat(from.get(0).at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("ingress-internal");
        assertThat(from.get(1).at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("monitoring");
        var publication = named(chart, "NetworkPolicy", "publication-service-ingress").at("/spec/ingress/0/from");
        assertThat(publication).hasSize(3);
        var deny = named(chart, "NetworkPolicy", "default-deny").path("spec");
        assertThat(deny.path("podSelector").isEmpty()).isTrue();
        assertThat(deny.path("policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
    }

    @Test
    void theRealmImportIsTheRealmFileDevstackUses() throws Exception {
        var canonical = RenderedChart.deployDir().resolve("platform/keycloak/purdah-realm.json");
        var inChart = RenderedChart.chartDir().resolve("files/purdah-realm.json");
        assertThat(Files.readString(inChart)).as("helm/purdah/files/purdah-realm.json must be an identical copy of %s",
                canonical).isEqualTo(Files.readString(canonical));
        var realm = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(canonical.toFile());

        var local = named(RenderedChart.render("values-local.yaml"), "KeycloakRealmImport", "purdah-keycloak-purdah");
        assertThat(local.at("/spec/realm")).isEqualTo(realm);
        var production = named(RenderedChart.render("values-production.yaml"), "KeycloakRealmImport",
                "purdah-keycloak-purdah");
        var withoutUsers = ((ObjectNode) realm.deepCopy());
        withoutUsers.remove("users");
        assertThat(production.at("/spec/realm")).as("production imports no demo users").isEqualTo(withoutUsers);
    }

    @Test
    void theChartCreatesExactlyTheTopicsOfTheEventsModule() throws Exception {
        var topics = new TreeSet<String>();
        ofKind(RenderedChart.render("values.yaml"), "KafkaTopic").forEach(t -> topics.add(t.at("/spec/topicName").asText()));
        assertThat(topics).containsExactlyInAnyOrderElementsOf(Expected.topics());
    }

    @Test
    void aServicesEnvOverridesTheBuiltInSettings() throws Exception {
        var yaml = new Helm(RenderedChart.chartDir()).template().withName("purdah")
                .withKubeVersion(RenderedChart.KUBE_VERSION)
                .set("services.equality.env.PURDAH_JDBC", "jdbc:postgresql://db.force.example:5432").call();
        var config = named(RenderedChart.parse(yaml), "ConfigMap", "equality-service-config").path("data");
        assertThat(config.path("PURDAH_JDBC").asText()).isEqualTo("jdbc:postgresql://db.force.example:5432");
        assertThat(named(RenderedChart.parse(yaml), "ConfigMap", "intake-service-config").at("/data/PURDAH_JDBC").asText())
                .isEqualTo("jdbc:postgresql://purdah-db-rw:5432");
    }

    @Test
    void refusesAnImageTaggedLatest() {
        var template = new Helm(RenderedChart.chartDir()).template().withName("purdah")
                .withKubeVersion(RenderedChart.KUBE_VERSION).set("services.audit.image.tag", "latest");
        org.assertj.core.api.Assertions.assertThatThrownBy(template::call)
                .hasMessageContaining("pin a tag other than latest");
    }
}
