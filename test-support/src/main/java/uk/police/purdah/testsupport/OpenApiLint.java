package uk.police.purdah.testsupport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lints a service's OpenAPI document as the force's integrators read it (DESIGN §5, §6): every operation under
 * {@code /api} has a summary; one that needs a token names its roles and answers 401 and 403; one that takes a
 * body or parameters answers 400 with a problem; one with an id in its path answers 404; every problem response
 * is {@code application/problem+json}. Returns what is wrong, one line each.
 */
public final class OpenApiLint {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private OpenApiLint() {
    }

    public static List<String> problems(String openApiJson) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(openApiJson);
        } catch (java.io.IOException e) {
            return List.of("the document is not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        boolean globalSecurity = document.path("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    check(op.getKey().toUpperCase() + " " + path.getKey(), path.getValue(), op.getValue(),
                            globalSecurity, problems);
                }
            }
        }
        return problems;
    }

    private static void check(String name, JsonNode pathItem, JsonNode op, boolean globalSecurity,
            List<String> problems) {
        JsonNode responses = op.path("responses");
        if (op.path("summary").asText().isBlank()) {
            problems.add(name + ": no summary");
        }
        boolean secured = op.has("security") ? hasRequirement(op.path("security")) : globalSecurity;
        if (secured) {
            String text = (op.path("summary").asText() + " " + op.path("description").asText()).toLowerCase();
            if (!text.contains("role") && !text.contains("spoc") && !text.contains("auditor")) {
                problems.add(name + ": needs a token but does not say which roles may call it");
            }
            for (String status : List.of("401", "403")) {
                if (!responses.has(status)) {
                    problems.add(name + ": needs a token but does not document " + status);
                }
            }
        }
        boolean takesInput = op.has("requestBody") || hasParameter(op, "query") || hasParameter(pathItem, "query");
        if (takesInput && !responses.has("400")) {
            problems.add(name + ": takes input but does not document 400");
        }
        if (name.contains("{") && !responses.has("404")) {
            problems.add(name + ": has an id in its path but does not document 404");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            boolean problem = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            JsonNode content = response.getValue().path("content");
            if (problem && content.size() > 0 && !content.has("application/problem+json")) {
                problems.add(name + ": " + response.getKey() + " is not described as application/problem+json");
            }
        }
    }

    private static boolean hasRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParameter(JsonNode node, String in) {
        for (JsonNode parameter : node.path("parameters")) {
            if (in.equals(parameter.path("in").asText())) {
                return true;
            }
        }
        return false;
    }
}
