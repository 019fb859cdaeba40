package uk.police.purdah.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CloudNativePG's and the Keycloak operator's kinds. Neither project publishes its CRD schema or a Java model on
 * Maven Central or npm, so these are not checked against the real schema: only what is known here — apiVersion and
 * kind, the spec fields the chart may use (a misspelt one is an error), the fields without which the resource is
 * meaningless, their types, and that the resources refer to each other correctly.
 */
final class OperatorSchemas {

    static final Set<String> KINDS = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database",
            "postgresql.cnpg.io/v1/ScheduledBackup",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    /** Spec fields the chart may use, per kind (a subset of each CRD: enough for this chart). */
    private static final Map<String, Set<String>> SPEC_FIELDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", Set.of("instances", "imageName", "primaryUpdateStrategy", "storage",
                    "walStorage", "resources", "bootstrap", "managed", "backup", "postgresql", "affinity",
                    "monitoring", "description", "enableSuperuserAccess", "superuserSecret", "minSyncReplicas",
                    "maxSyncReplicas"),
            "postgresql.cnpg.io/v1/Database", Set.of("name", "owner", "cluster", "ensure", "databaseReclaimPolicy"),
            "postgresql.cnpg.io/v1/ScheduledBackup", Set.of("schedule", "cluster", "backupOwnerReference",
                    "immediate", "suspend", "method", "target"),
            "k8s.keycloak.org/v2alpha1/Keycloak", Set.of("instances", "image", "db", "http", "hostname", "proxy",
                    "ingress", "features", "transaction", "additionalOptions", "resources", "startOptimized",
                    "cache", "truststores", "bootstrapAdmin", "scheduling", "httpManagement"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", Set.of("keycloakCRName", "realm", "placeholders",
                    "resources"));

    private static final Set<String> CLUSTER_BACKUP_FIELDS = Set.of("barmanObjectStore", "retentionPolicy", "target",
            "volumeSnapshot");
    private static final Set<String> BARMAN_FIELDS = Set.of("destinationPath", "endpointURL", "s3Credentials",
            "azureCredentials", "googleCredentials", "wal", "data", "serverName", "endpointCA", "tags", "historyTags");
    private static final Set<String> ROLE_FIELDS = Set.of("name", "ensure", "login", "passwordSecret", "comment",
            "superuser", "createdb", "createrole", "inherit", "replication", "bypassrls", "connectionLimit",
            "validUntil", "inRoles", "disablePassword");
    private static final Pattern CRON6 = Pattern.compile("\\S+( \\S+){5}");

    private OperatorSchemas() {
    }

    static List<String> check(List<ObjectNode> documents) {
        var problems = new ArrayList<String>();
        var clusters = new java.util.HashMap<String, JsonNode>();
        var keycloaks = new HashSet<String>();
        for (ObjectNode doc : documents) {
            String key = StrictModel.kindKey(doc);
            if (!KINDS.contains(key)) {
                continue;
            }
            String name = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
            JsonNode spec = doc.path("spec");
            if (!spec.isObject()) {
                problems.add(name + " has no spec");
                continue;
            }
            spec.fieldNames().forEachRemaining(f -> {
                if (!SPEC_FIELDS.get(key).contains(f)) {
                    problems.add(name + ": unknown field spec." + f);
                }
            });
            if (key.endsWith("/Cluster")) {
                clusters.put(doc.path("metadata").path("name").asText(), spec);
            }
            if (key.endsWith("/Keycloak")) {
                keycloaks.add(doc.path("metadata").path("name").asText());
            }
        }
        for (ObjectNode doc : documents) {
            String key = StrictModel.kindKey(doc);
            String name = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
            JsonNode spec = doc.path("spec");
            switch (key) {
                case "postgresql.cnpg.io/v1/Cluster" -> {
                    requireInt(problems, name, spec, "/instances", 1);
                    requireText(problems, name, spec, "/storage/size");
                    requireText(problems, name, spec, "/bootstrap/initdb/database");
                    requireText(problems, name, spec, "/bootstrap/initdb/owner");
                    for (JsonNode role : spec.at("/managed/roles")) {
                        role.fieldNames().forEachRemaining(f -> {
                            if (!ROLE_FIELDS.contains(f)) {
                                problems.add(name + ": unknown field spec.managed.roles[]." + f);
                            }
                        });
                        requireText(problems, name, role, "/name");
                        requireText(problems, name, role, "/passwordSecret/name");
                    }
                    if (spec.has("backup")) {
                        spec.get("backup").fieldNames().forEachRemaining(f -> {
                            if (!CLUSTER_BACKUP_FIELDS.contains(f)) {
                                problems.add(name + ": unknown field spec.backup." + f);
                            }
                        });
                        spec.at("/backup/barmanObjectStore").fieldNames().forEachRemaining(f -> {
                            if (!BARMAN_FIELDS.contains(f)) {
                                problems.add(name + ": unknown field spec.backup.barmanObjectStore." + f);
                            }
                        });
                        requireText(problems, name, spec, "/backup/barmanObjectStore/destinationPath");
                        for (String credential : List.of("accessKeyId", "secretAccessKey")) {
                            requireText(problems, name, spec, "/backup/barmanObjectStore/s3Credentials/" + credential + "/name");
                            requireText(problems, name, spec, "/backup/barmanObjectStore/s3Credentials/" + credential + "/key");
                        }
                    }
                }
                case "postgresql.cnpg.io/v1/Database" -> {
                    requireText(problems, name, spec, "/name");
                    requireText(problems, name, spec, "/owner");
                    JsonNode cluster = clusters.get(spec.at("/cluster/name").asText());
                    if (cluster == null) {
                        problems.add(name + ": spec.cluster.name names no rendered Cluster");
                    } else {
                        boolean ownerExists = spec.path("owner").asText().equals(cluster.at("/bootstrap/initdb/owner").asText());
                        for (JsonNode role : cluster.at("/managed/roles")) {
                            ownerExists |= role.path("name").asText().equals(spec.path("owner").asText());
                        }
                        if (!ownerExists) {
                            problems.add(name + ": owner " + spec.path("owner").asText() + " is not a role of the cluster");
                        }
                    }
                }
                case "postgresql.cnpg.io/v1/ScheduledBackup" -> {
                    if (!CRON6.matcher(spec.path("schedule").asText()).matches()) {
                        problems.add(name + ": spec.schedule must be a six-field cron expression (seconds first)");
                    }
                    JsonNode cluster = clusters.get(spec.at("/cluster/name").asText());
                    if (cluster == null || !cluster.has("backup")) {
                        problems.add(name + ": spec.cluster.name names no rendered Cluster with a backup section");
                    }
                }
                case "k8s.keycloak.org/v2alpha1/Keycloak" -> {
                    requireInt(problems, name, spec, "/instances", 1);
                    requireText(problems, name, spec, "/db/vendor");
                    requireText(problems, name, spec, "/db/host");
                    requireText(problems, name, spec, "/db/database");
                    requireText(problems, name, spec, "/hostname/hostname");
                }
                case "k8s.keycloak.org/v2alpha1/KeycloakRealmImport" -> {
                    if (!keycloaks.contains(spec.path("keycloakCRName").asText())) {
                        problems.add(name + ": spec.keycloakCRName names no rendered Keycloak");
                    }
                    requireText(problems, name, spec, "/realm/realm");
                }
                default -> {
                }
            }
        }
        return problems;
    }

    private static void requireText(List<String> problems, String name, JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(name + ": " + pointer.substring(1).replace('/', '.') + " must be a non-empty string");
        }
    }

    private static void requireInt(List<String> problems, String name, JsonNode node, String pointer, int min) {
        JsonNode value = node.at(pointer);
        if (!value.isIntegralNumber() || value.asInt() < min) {
            problems.add(name + ": " + pointer.substring(1).replace('/', '.') + " must be an integer >= " + min);
        }
    }
}
