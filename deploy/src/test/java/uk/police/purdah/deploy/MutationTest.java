package uk.police.purdah.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Breaks one rendered manifest at a time and shows that the checks catch it: proof that a green {@link ChartTest}
 * means something.
 */
class MutationTest {

    private static RenderedChart chart;
    private static String docs;

    @BeforeAll
    static void render() throws Exception {
        chart = RenderedChart.render("values-production.yaml");
        docs = RenderedChart.operationsDoc();
    }

    private static ObjectNode find(List<ObjectNode> documents, String kind, String name) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())
                && name.equals(d.path("metadata").path("name").asText())).findFirst().orElseThrow();
    }

    private static List<String> problemsAfter(Consumer<List<ObjectNode>> mutation) {
        var copy = new ArrayList<ObjectNode>();
        chart.documents().forEach(d -> copy.add(d.deepCopy()));
        mutation.accept(copy);
        return ManifestChecks.all(copy, Expected.topics(), Expected.kafkaAccess(), docs);
    }

    private static ObjectNode container(List<ObjectNode> documents, String deployment) {
        return (ObjectNode) find(documents, "Deployment", deployment).at("/spec/template/spec/containers/0");
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("a misspelt field in a Deployment (containerport)",
                        (Consumer<List<ObjectNode>>) docs -> {
                            var port = (ObjectNode) container(docs, "intake-service").at("/ports/0");
                            port.set("containerport", port.remove("containerPort"));
                        },
                        "Deployment/intake-service does not match the apps/v1/Deployment schema"),
                Arguments.of("a string where a number belongs (replicas: \"2\")",
                        (Consumer<List<ObjectNode>>) docs ->
                                ((ObjectNode) find(docs, "Deployment", "equality-service").path("spec")).put("replicas", "2"),
                        "Deployment/equality-service does not match"),
                Arguments.of("a misspelt field in a Strimzi KafkaTopic (partition)",
                        (Consumer<List<ObjectNode>>) docs -> {
                            var spec = (ObjectNode) find(docs, "KafkaTopic", "purdah-requests").path("spec");
                            spec.set("partition", spec.remove("partitions"));
                        },
                        "KafkaTopic/purdah-requests does not match the kafka.strimzi.io/v1beta2/KafkaTopic schema"),
                Arguments.of("a Service selector that matches no pod",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) find(docs, "Service", "audit-service")
                                .at("/spec/selector")).put("app.kubernetes.io/name", "audit"),
                        "Service/audit-service: selector … app.kubernetes.io/name=audit … matches no pod"),
                Arguments.of("a Deployment selector that does not match its own pods",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) find(docs, "Deployment", "publication-service")
                                .at("/spec/selector/matchLabels")).put("app.kubernetes.io/name", "publication"),
                        "Deployment/publication-service: selector"),
                Arguments.of("a missing topic",
                        (Consumer<List<ObjectNode>>) docs -> docs.remove(find(docs, "KafkaTopic", "purdah-findings")),
                        "topic purdah.findings (Topic.allTopicNames()) has no KafkaTopic"),
                Arguments.of("a probe on a port the container does not have",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) container(docs, "intake-service")
                                .at("/readinessProbe/httpGet")).put("port", "management"),
                        "readinessProbe port management is not a container port"),
                Arguments.of("an image tagged latest",
                        (Consumer<List<ObjectNode>>) docs -> container(docs, "audit-service")
                                .put("image", "purdah/audit-service:latest"),
                        "image purdah/audit-service:latest is not pinned"),
                Arguments.of("an image without a tag",
                        (Consumer<List<ObjectNode>>) docs -> container(docs, "audit-service")
                                .put("image", "registry.force.example:5000/purdah/audit-service"),
                        "is not pinned"),
                Arguments.of("a container without limits",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) container(docs, "equality-service")
                                .path("resources")).remove("limits"),
                        "Deployment/equality-service container equality-service has no memory limit"),
                Arguments.of("a writable root file system",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) container(docs, "intake-service")
                                .path("securityContext")).put("readOnlyRootFilesystem", false),
                        "Deployment/intake-service container intake-service: needs allowPrivilegeEscalation false"),
                Arguments.of("an ACL that lets equality write requests",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) find(docs, "KafkaUser", "equality-service")
                                .at("/spec/authorization/acls/1")).set("operations",
                                        ((ArrayNode) find(docs, "KafkaUser", "equality-service")
                                                .at("/spec/authorization/acls/0/operations")).deepCopy()),
                        "KafkaUser equality-service may write"),
                Arguments.of("a consumer that lost its read ACL",
                        (Consumer<List<ObjectNode>>) docs -> ((ArrayNode) find(docs, "KafkaUser", "publication-service")
                                .at("/spec/authorization/acls")).remove(1),
                        "KafkaUser publication-service may read"),
                Arguments.of("an ACL on a topic that does not exist",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) find(docs, "KafkaUser", "intake-service")
                                .at("/spec/authorization/acls/0/resource")).put("name", "purdah.election"),
                        "an ACL names topic purdah.election, which does not exist"),
                Arguments.of("a Secret that is neither rendered nor documented",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) container(docs, "audit-service")
                                .at("/env/0/valueFrom/secretKeyRef")).put("name", "audit-db-secret"),
                        "Secret audit-db-secret (used by Deployment/audit-service) is neither rendered nor documented"),
                Arguments.of("a ConfigMap that is not rendered",
                        (Consumer<List<ObjectNode>>) docs -> docs.remove(find(docs, "ConfigMap", "intake-service-config")),
                        "ConfigMap intake-service-config (used by Deployment/intake-service) is neither rendered"),
                Arguments.of("a misspelt field in a CloudNativePG Cluster",
                        (Consumer<List<ObjectNode>>) docs -> {
                            var spec = (ObjectNode) find(docs, "Cluster", "purdah-db").path("spec");
                            spec.set("instance", spec.remove("instances"));
                        },
                        "Cluster/purdah-db: unknown field spec.instance"),
                Arguments.of("a Database owned by a role the cluster does not have",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) find(docs, "Database", "purdah-db-equality")
                                .path("spec")).put("owner", "postgres"),
                        "Database/purdah-db-equality: owner postgres is not a role of the cluster"),
                Arguments.of("a realm import for a Keycloak that is not rendered",
                        (Consumer<List<ObjectNode>>) docs -> ((ObjectNode) find(docs, "KeycloakRealmImport",
                                "purdah-keycloak-purdah").path("spec")).put("keycloakCRName", "keycloak"),
                        "spec.keycloakCRName names no rendered Keycloak"),
                Arguments.of("a kind nothing here knows",
                        (Consumer<List<ObjectNode>>) docs -> find(docs, "Ingress", "purdah-portal")
                                .put("apiVersion", "extensions/v1beta1"),
                        "Ingress/purdah-portal: unknown kind extensions/v1beta1/Ingress"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void isCaught(String what, Consumer<List<ObjectNode>> mutation, String expected) {
        // "…" separates parts that must all appear, in any order, in one problem
        var parts = expected.split(" … ");
        assertThat(problemsAfter(mutation)).as(what)
                .anyMatch(p -> java.util.Arrays.stream(parts).allMatch(p::contains));
    }

    @Test
    void theUnchangedChartHasNoProblems() {
        assertThat(problemsAfter(docs -> { })).isEmpty();
    }
}
