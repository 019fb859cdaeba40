package uk.police.purdah.system.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operations a service documents in its OpenAPI document ({@code /q/openapi?format=json}), with the roles each
 * names ("Roles: spoc, chief-constable; …") and whether it needs a token at all (its security requirement).
 */
final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern ROLES_SENTENCE = Pattern.compile("Roles?:([^.]*)");
    private static final Pattern ROLE = Pattern.compile("\\b(force-staff|opcc-staff|spoc|chief-constable|auditor|"
            + "returning-officer)\\b");

    /** One operation: {@code roles} empty and {@code secured} false means public. */
    record Operation(String service, String method, String path, boolean secured, Set<String> roles,
            JsonNode node, JsonNode document) {

        String name() {
            return method + " " + path;
        }

        boolean allows(String role) {
            return !secured || (role != null && roles.contains(role));
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode p : node.path("parameters")) {
                JsonNode resolved = resolve(p);
                if (in.equals(resolved.path("in").asText())) {
                    out.add(resolved);
                }
            }
            return out;
        }

        /** The JSON schema of the request body, resolved, or null when it takes no JSON body. */
        JsonNode jsonBody() {
            JsonNode content = node.path("requestBody").path("content");
            for (Iterator<String> types = content.fieldNames(); types.hasNext();) {
                String type = types.next();
                if (type.contains("json")) {
                    return resolve(content.path(type).path("schema"));
                }
            }
            return null;
        }

        boolean takesBody() {
            return node.has("requestBody");
        }

        JsonNode resolve(JsonNode schema) {
            int depth = 0;
            while (schema.has("$ref") && depth++ < 10) {
                String ref = schema.path("$ref").asText();
                JsonNode target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part);
                }
                schema = target;
            }
            return schema;
        }
    }

    private ApiOperations() {
    }

    static List<Operation> of(String service, String baseUrl) {
        Http.Answer answer = Http.get(baseUrl + "/q/openapi?format=json", null);
        if (answer.status() != 200) {
            throw new AssertionError(service + " serves no OpenAPI document: " + answer);
        }
        JsonNode doc = answer.json();
        boolean globalSecurity = hasRequirement(doc.path("security"));
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode node = op.getValue();
                boolean secured = node.has("security") ? hasRequirement(node.path("security")) : globalSecurity;
                Set<String> roles = new LinkedHashSet<>();
                Matcher sentence = ROLES_SENTENCE.matcher(node.path("summary").asText() + ". "
                        + node.path("description").asText());
                while (sentence.find()) {
                    Matcher role = ROLE.matcher(sentence.group(1));
                    while (role.find()) {
                        roles.add(role.group(1));
                    }
                }
                operations.add(new Operation(service, op.getKey().toUpperCase(), path.getKey(), secured, roles, node,
                        doc));
            }
        }
        return operations;
    }

    private static boolean hasRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }
}
