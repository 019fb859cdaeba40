package uk.police.purdah.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chart against each service's own configuration (its application.properties, read as a file; the services are
 * not built here): the port, the consumer group, the topics it subscribes to and its dead-letter topic must be what
 * the manifests and the expected ACLs say.
 */
class ServiceConfigTest {

    private static Properties applicationProperties(String service) throws Exception {
        var file = RenderedChart.deployDir().resolveSibling(service + "-service")
                .resolve("src/main/resources/application.properties");
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static JsonNode named(RenderedChart chart, String kind, String name) {
        return chart.documents().stream().filter(d -> kind.equals(d.path("kind").asText())
                && name.equals(d.path("metadata").path("name").asText())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "equality", "publication", "audit", "notification"})
    void theChartServesEachServiceOnItsOwnPort(String service) throws Exception {
        var chart = RenderedChart.render("values-production.yaml");
        int port = Integer.parseInt(applicationProperties(service).getProperty("quarkus.http.port"));
        assertThat(named(chart, "ConfigMap", service + "-service-config").at("/data/QUARKUS_HTTP_PORT").asText())
                .isEqualTo(String.valueOf(port));
        assertThat(named(chart, "Service", service + "-service").at("/spec/ports/0/port").asInt()).isEqualTo(port);
        assertThat(named(chart, "Deployment", service + "-service")
                .at("/spec/template/spec/containers/0/ports/0/containerPort").asInt()).isEqualTo(port);
        assertThat(applicationProperties(service).getProperty("quarkus.datasource.username")).startsWith("${PURDAH_DB_USER:");
        assertThat(applicationProperties(service).getProperty("quarkus.datasource.password")).startsWith("${PURDAH_DB_PASSWORD:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"equality", "publication", "audit", "notification"})
    void theAclsAreWhatTheConsumerSubscribesTo(String service) throws Exception {
        var properties = applicationProperties(service);
        var channel = properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.incoming.") && k.endsWith(".connector"))
                .map(k -> k.substring("mp.messaging.incoming.".length(), k.length() - ".connector".length()))
                .findFirst().orElseThrow();
        String prefix = "mp.messaging.incoming." + channel + ".";
        Set<String> subscribed;
        if (Boolean.parseBoolean(properties.getProperty(prefix + "pattern"))) {
            var pattern = Pattern.compile(properties.getProperty(prefix + "topic"));
            subscribed = Expected.topics().stream().filter(t -> pattern.matcher(t).matches()).collect(Collectors.toSet());
        } else {
            subscribed = Arrays.stream(properties.getProperty(prefix + "topics").split(",")).map(String::trim)
                    .collect(Collectors.toSet());
        }
        var expected = Expected.kafkaAccess().get(service + "-service");
        assertThat(new TreeSet<>(subscribed)).isEqualTo(new TreeSet<>(expected.reads()));
        assertThat(properties.getProperty(prefix + "group.id")).isEqualTo(expected.group());
        assertThat(expected.writes()).contains(properties.getProperty(prefix + "dead-letter-queue.topic"));
    }
}
