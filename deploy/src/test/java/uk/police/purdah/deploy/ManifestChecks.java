package uk.police.purdah.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks a rendered chart must pass; each returns what is wrong, in words, so that a test can show both that a
 * good chart passes and that a broken manifest is caught.
 */
final class ManifestChecks {

    /** What each service may do on Kafka: the topics it writes, the topics it reads, its consumer group. */
    record KafkaAccess(Set<String> writes, Set<String> reads, String group) {
    }

    private final List<ObjectNode> documents;
    private final Map<ObjectNode, Object> typed = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ManifestChecks(List<ObjectNode> documents) {
        this.documents = documents;
    }

    /** Every check; an empty list means the manifests pass. */
    static List<String> all(List<ObjectNode> documents, List<String> topics, Map<String, KafkaAccess> access,
            String operationsDoc) {
        var checks = new ManifestChecks(documents);
        checks.parseStrictly();
        checks.selectorsMatchPods();
        checks.probesAndPortsExist();
        checks.imagesPinnedAndLimitsSet();
        checks.hardened();
        checks.topicsComplete(topics);
        checks.aclsExact(topics, access);
        checks.referencesResolved(operationsDoc);
        checks.operatorResourcesWellFormed();
        return List.copyOf(checks.problems);
    }

    private void problem(String format, Object... args) {
        problems.add(String.format(format, args));
    }

    private static String name(JsonNode doc) {
        return doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> all(Class<T> type) {
        return typed.values().stream().filter(type::isInstance).map(o -> (T) o).toList();
    }

    private List<ObjectNode> kind(String apiVersion, String kind) {
        return documents.stream()
                .filter(d -> apiVersion.equals(d.path("apiVersion").asText()) && kind.equals(d.path("kind").asText()))
                .toList();
    }

    // --- the object model ---------------------------------------------------------------------------------------

    /** Every document is a known kind and reads into its published model without unknown or mistyped fields. */
    void parseStrictly() {
        for (ObjectNode doc : documents) {
            String key = StrictModel.kindKey(doc);
            if (doc.path("metadata").path("name").asText().isEmpty()) {
                problem("%s has no metadata.name", key);
            }
            try {
                Object object = StrictModel.parse(doc);
                if (object != null) {
                    typed.put(doc, object);
                } else if (!OperatorSchemas.KINDS.contains(key)) {
                    problem("%s: unknown kind %s", name(doc), key);
                }
            } catch (Exception e) {
                problem("%s does not match the %s schema: %s", name(doc), key,
                        e.getMessage().lines().findFirst().orElse(e.toString()));
            }
        }
    }

    // --- selectors, ports, probes --------------------------------------------------------------------------------

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector != null && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty())
                && selects(selector.getMatchLabels(), labels);
    }

    private List<Map<String, String>> podLabels() {
        return all(Deployment.class).stream().map(d -> d.getSpec().getTemplate().getMetadata().getLabels()).toList();
    }

    void selectorsMatchPods() {
        for (Deployment d : all(Deployment.class)) {
            if (!selects(d.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels())) {
                problem("Deployment/%s: selector %s does not match its pod labels %s", d.getMetadata().getName(),
                        d.getSpec().getSelector().getMatchLabels(), d.getSpec().getTemplate().getMetadata().getLabels());
            }
        }
        for (Service s : all(Service.class)) {
            if (podLabels().stream().noneMatch(l -> selects(s.getSpec().getSelector(), l))) {
                problem("Service/%s: selector %s matches no pod", s.getMetadata().getName(), s.getSpec().getSelector());
            }
        }
        for (PodDisruptionBudget p : all(PodDisruptionBudget.class)) {
            if (podLabels().stream().noneMatch(l -> selects(p.getSpec().getSelector(), l))) {
                problem("PodDisruptionBudget/%s: selector matches no pod", p.getMetadata().getName());
            }
        }
        var deployments = all(Deployment.class).stream().map(d -> d.getMetadata().getName()).toList();
        for (HorizontalPodAutoscaler h : all(HorizontalPodAutoscaler.class)) {
            var target = h.getSpec().getScaleTargetRef();
            if (!"Deployment".equals(target.getKind()) || !deployments.contains(target.getName())) {
                problem("HorizontalPodAutoscaler/%s scales %s/%s, which is not rendered", h.getMetadata().getName(),
                        target.getKind(), target.getName());
            }
        }
        // a policy that selects Purdah's service pods by name must select one of them
        for (NetworkPolicy n : all(NetworkPolicy.class)) {
            var labels = n.getSpec().getPodSelector().getMatchLabels();
            if (labels != null && labels.containsKey("app.kubernetes.io/name")
                    && podLabels().stream().noneMatch(l -> selects(labels, l))) {
                problem("NetworkPolicy/%s: podSelector %s matches no pod", n.getMetadata().getName(), labels);
            }
        }
    }

    private static boolean portExists(IntOrString port, List<ContainerPort> ports) {
        if (port == null || ports == null) {
            return false;
        }
        return ports.stream().anyMatch(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName())
                : Objects.equals(port.getIntVal(), p.getContainerPort()));
    }

    private static String show(IntOrString port) {
        return port == null ? "none" : port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    void probesAndPortsExist() {
        for (Deployment d : all(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                Map<String, Probe> probes = new LinkedHashMap<>();
                probes.put("startupProbe", c.getStartupProbe());
                probes.put("livenessProbe", c.getLivenessProbe());
                probes.put("readinessProbe", c.getReadinessProbe());
                Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe",
                        "/q/health/live", "readinessProbe", "/q/health/ready");
                probes.forEach((kind, probe) -> {
                    if (probe == null || probe.getHttpGet() == null) {
                        problem("Deployment/%s container %s has no HTTP %s", d.getMetadata().getName(), c.getName(), kind);
                        return;
                    }
                    if (!portExists(probe.getHttpGet().getPort(), c.getPorts())) {
                        problem("Deployment/%s container %s: %s port %s is not a container port",
                                d.getMetadata().getName(), c.getName(), kind, show(probe.getHttpGet().getPort()));
                    }
                    if (!paths.get(kind).equals(probe.getHttpGet().getPath())) {
                        problem("Deployment/%s: %s path is %s, not %s", d.getMetadata().getName(), kind,
                                probe.getHttpGet().getPath(), paths.get(kind));
                    }
                });
            }
        }
        for (Service s : all(Service.class)) {
            var pods = all(Deployment.class).stream()
                    .filter(d -> selects(s.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()))
                    .toList();
            for (var port : s.getSpec().getPorts()) {
                for (Deployment d : pods) {
                    boolean found = d.getSpec().getTemplate().getSpec().getContainers().stream()
                            .anyMatch(c -> portExists(port.getTargetPort(), c.getPorts()));
                    if (!found) {
                        problem("Service/%s: targetPort %s is not a port of Deployment/%s", s.getMetadata().getName(),
                                show(port.getTargetPort()), d.getMetadata().getName());
                    }
                }
            }
        }
        var services = all(Service.class);
        for (Ingress i : all(Ingress.class)) {
            for (var rule : i.getSpec().getRules()) {
                for (var path : rule.getHttp().getPaths()) {
                    var backend = path.getBackend().getService();
                    var service = services.stream().filter(s -> s.getMetadata().getName().equals(backend.getName()))
                            .findFirst();
                    if (service.isEmpty()) {
                        problem("Ingress/%s: backend service %s is not rendered", i.getMetadata().getName(),
                                backend.getName());
                    } else if (service.get().getSpec().getPorts().stream().noneMatch(
                            p -> Objects.equals(p.getName(), backend.getPort().getName())
                                    || Objects.equals(p.getPort(), backend.getPort().getNumber()))) {
                        problem("Ingress/%s: service %s has no port %s", i.getMetadata().getName(), backend.getName(),
                                backend.getPort());
                    }
                }
            }
        }
    }

    // --- images, resources, hardening ----------------------------------------------------------------------------

    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");
    private static final Pattern TAG = Pattern.compile("[^@]+:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    void imagesPinnedAndLimitsSet() {
        for (Deployment d : all(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            var containers = new ArrayList<>(pod.getContainers());
            if (pod.getInitContainers() != null) {
                containers.addAll(pod.getInitContainers());
            }
            for (Container c : containers) {
                String image = c.getImage() == null ? "" : c.getImage();
                String lastPart = image.substring(image.lastIndexOf('/') + 1);
                boolean pinned = DIGEST.matcher(image).matches()
                        || (TAG.matcher(lastPart).matches() && !lastPart.endsWith(":latest"));
                if (!pinned) {
                    problem("Deployment/%s container %s: image %s is not pinned by a tag (other than latest) or digest",
                            d.getMetadata().getName(), c.getName(), image);
                }
                var resources = c.getResources();
                for (String resource : List.of("cpu", "memory")) {
                    if (resources == null || resources.getLimits() == null || !resources.getLimits().containsKey(resource)) {
                        problem("Deployment/%s container %s has no %s limit", d.getMetadata().getName(), c.getName(), resource);
                    }
                    if (resources == null || resources.getRequests() == null
                            || !resources.getRequests().containsKey(resource)) {
                        problem("Deployment/%s container %s has no %s request", d.getMetadata().getName(), c.getName(),
                                resource);
                    }
                }
            }
        }
    }

    void hardened() {
        for (Deployment d : all(Deployment.class)) {
            String n = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problem("Deployment/%s mounts a service account token", n);
            }
            var psc = pod.getSecurityContext();
            if (psc == null || !Boolean.TRUE.equals(psc.getRunAsNonRoot()) || psc.getSeccompProfile() == null
                    || !"RuntimeDefault".equals(psc.getSeccompProfile().getType())) {
                problem("Deployment/%s: pod must run as non-root with the RuntimeDefault seccomp profile", n);
            }
            for (Container c : pod.getContainers()) {
                var sc = c.getSecurityContext();
                if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())
                        || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())
                        || !Boolean.TRUE.equals(sc.getRunAsNonRoot()) || sc.getCapabilities() == null
                        || !List.of("ALL").equals(sc.getCapabilities().getDrop())) {
                    problem("Deployment/%s container %s: needs allowPrivilegeEscalation false, readOnlyRootFilesystem,"
                            + " runAsNonRoot and capabilities.drop [ALL]", n, c.getName());
                }
                boolean tmp = c.getVolumeMounts() != null && c.getVolumeMounts().stream()
                        .anyMatch(m -> "/tmp".equals(m.getMountPath()) && pod.getVolumes().stream()
                                .anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
                if (!tmp) {
                    problem("Deployment/%s container %s: /tmp must be an emptyDir (the root file system is read-only)",
                            n, c.getName());
                }
            }
            var sa = pod.getServiceAccountName();
            boolean saRendered = kind("v1", "ServiceAccount").stream()
                    .anyMatch(s -> s.path("metadata").path("name").asText().equals(sa)
                            && s.path("automountServiceAccountToken").isBoolean()
                            && !s.path("automountServiceAccountToken").asBoolean());
            if (!saRendered) {
                problem("Deployment/%s: service account %s is not rendered with automountServiceAccountToken false", n, sa);
            }
        }
    }

    // --- Kafka -----------------------------------------------------------------------------------------------------

    void topicsComplete(List<String> topics) {
        var rendered = new TreeSet<String>();
        for (KafkaTopic t : all(KafkaTopic.class)) {
            String topic = t.getSpec().getTopicName() != null ? t.getSpec().getTopicName() : t.getMetadata().getName();
            rendered.add(topic);
            if (t.getSpec().getPartitions() == null || t.getSpec().getPartitions() != 3) {
                problem("KafkaTopic %s has %s partitions, not 3", topic, t.getSpec().getPartitions());
            }
            if (t.getMetadata().getLabels() == null || !t.getMetadata().getLabels().containsKey("strimzi.io/cluster")) {
                problem("KafkaTopic %s has no strimzi.io/cluster label", topic);
            }
        }
        for (String topic : topics) {
            if (!rendered.contains(topic)) {
                problem("topic %s (Topic.allTopicNames()) has no KafkaTopic", topic);
            }
        }
        for (String topic : rendered) {
            if (!topics.contains(topic)) {
                problem("KafkaTopic %s is not a topic of Topic.allTopicNames()", topic);
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static Set<AclOperation> operations(AclRule rule) {
        var operations = new java.util.HashSet<AclOperation>();
        if (rule.getOperations() != null) {
            operations.addAll(rule.getOperations());
        }
        if (rule.getOperation() != null) {
            operations.add(rule.getOperation());
        }
        return operations;
    }

    private static Set<String> topicsWith(List<AclRule> rules, AclOperation operation, List<String> topics) {
        var matched = new TreeSet<String>();
        for (AclRule rule : rules) {
            if (rule.getResource() instanceof AclRuleTopicResource r && operations(rule).contains(operation)
                    && rule.getType() != io.strimzi.api.kafka.model.user.acl.AclRuleType.DENY) {
                for (String topic : topics) {
                    boolean prefix = r.getPatternType() == AclResourcePatternType.PREFIX;
                    if (prefix ? topic.startsWith(r.getName()) : topic.equals(r.getName())) {
                        matched.add(topic);
                    }
                }
            }
        }
        return matched;
    }

    void aclsExact(List<String> topics, Map<String, KafkaAccess> access) {
        var users = new LinkedHashMap<String, KafkaUser>();
        all(KafkaUser.class).forEach(u -> users.put(u.getMetadata().getName(), u));
        access.forEach((user, expected) -> {
            KafkaUser u = users.get(user);
            if (u == null) {
                problem("KafkaUser %s is not rendered", user);
                return;
            }
            if (!(u.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
                problem("KafkaUser %s has no simple authorization", user);
                return;
            }
            var rules = simple.getAcls();
            for (AclRule rule : rules) {
                if (rule.getResource() instanceof AclRuleTopicResource r
                        && topics.stream().noneMatch(t -> r.getPatternType() == AclResourcePatternType.PREFIX
                                ? t.startsWith(r.getName()) : t.equals(r.getName()))) {
                    problem("KafkaUser %s: an ACL names topic %s, which does not exist", user, r.getName());
                }
            }
            var writes = topicsWith(rules, AclOperation.WRITE, topics);
            var reads = topicsWith(rules, AclOperation.READ, topics);
            if (!writes.equals(new TreeSet<>(expected.writes()))) {
                problem("KafkaUser %s may write %s, but writes exactly %s", user, writes, new TreeSet<>(expected.writes()));
            }
            if (!reads.equals(new TreeSet<>(expected.reads()))) {
                problem("KafkaUser %s may read %s, but reads exactly %s", user, reads, new TreeSet<>(expected.reads()));
            }
            var groups = new TreeSet<String>();
            rules.stream().filter(r -> r.getResource() instanceof AclRuleGroupResource)
                    .forEach(r -> groups.add(((AclRuleGroupResource) r.getResource()).getName()));
            var expectedGroups = expected.group() == null ? Set.<String>of() : Set.of(expected.group());
            if (!groups.equals(new TreeSet<>(expectedGroups))) {
                problem("KafkaUser %s has groups %s, expected %s", user, groups, expectedGroups);
            }
            for (AclRule rule : rules) {
                if (operations(rule).stream().anyMatch(o ->
                        o == AclOperation.ALL || o == AclOperation.ALTER || o == AclOperation.DELETE
                                || o == AclOperation.CREATE || o == AclOperation.ALTERCONFIGS)) {
                    problem("KafkaUser %s: ACL on %s grants %s; services only read and write", user,
                            rule.getResource(), operations(rule));
                }
            }
        });
        users.keySet().stream().filter(u -> !access.containsKey(u))
                .forEach(u -> problem("KafkaUser %s is not one of the services", u));
    }

    // --- references --------------------------------------------------------------------------------------------------

    /** A referenced Secret or ConfigMap is rendered, or docs/operations.md names it (created by hand or an operator). */
    void referencesResolved(String operationsDoc) {
        var renderedSecrets = new TreeSet<String>();
        all(Secret.class).forEach(s -> renderedSecrets.add(s.getMetadata().getName()));
        var renderedConfigMaps = new TreeSet<String>();
        all(ConfigMap.class).forEach(c -> renderedConfigMaps.add(c.getMetadata().getName()));
        for (var ref : References.of(documents, typed)) {
            boolean rendered = ref.configMap() ? renderedConfigMaps.contains(ref.name()) : renderedSecrets.contains(ref.name());
            if (!rendered && !operationsDoc.contains("`" + ref.name() + "`")) {
                problem("%s %s (used by %s) is neither rendered nor documented in docs/operations.md",
                        ref.configMap() ? "ConfigMap" : "Secret", ref.name(), ref.usedBy());
            }
        }
    }

    // --- CloudNativePG and Keycloak (no published Java model or schema here) ---------------------------------------

    void operatorResourcesWellFormed() {
        problems.addAll(OperatorSchemas.check(documents));
    }
}
