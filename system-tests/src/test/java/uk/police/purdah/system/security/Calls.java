package uk.police.purdah.system.security;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** How to call an operation of an OpenAPI document against a {@link Fixture}: real ids in its path, a sane body. */
final class Calls {

    private Calls() {
    }

    /** The fixture id a path names, by the collection its first {@code {param}} follows. */
    static String pathWithIds(ApiOperations.Operation op, Fixture f) {
        String path = op.path();
        if (!path.contains("{")) {
            return path;
        }
        String[] segments = path.split("/");
        StringBuilder out = new StringBuilder();
        String collection = null;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            out.append('/');
            if (segment.startsWith("{")) {
                out.append(f.id(idFor(op.service(), collection, op.path())));
            } else {
                out.append(segment);
                collection = segment;
            }
        }
        return out.toString();
    }

    private static String idFor(String service, String collection, String path) {
        return switch (collection) {
            case "elections", "registry" -> "election";
            case "candidates" -> "candidate2";
            case "requests", "register" -> "request";
            case "offers" -> "offer";
            case "dealings" -> "dealing";
            case "findings" -> "finding";
            case "publications" -> "publication";
            case "review" -> "review:pending";
            default -> throw new AssertionError(service + " " + path + ": the matrix does not know which id to put"
                    + " in this path; add it to Calls.idFor");
        };
    }

    /** Query parameters the fixture can fill with real values. */
    static Map<String, String> query(ApiOperations.Operation op, Fixture f) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.parameters("query")) {
            String name = p.path("name").asText();
            switch (name) {
                case "electionId" -> query.put(name, f.id("election"));
                case "received" -> query.put(name, "2026-11-02");
                case "poll" -> query.put(name, "2027-05-06");
                default -> {
                    if (p.path("required").asBoolean()) {
                        JsonNode example = p.path("schema").path("examples").path(0);
                        query.put(name, example.isMissingNode() ? "x" : example.asText());
                    }
                }
            }
        }
        return query;
    }

    /** A body the operation should accept from an allowed role (or at least not refuse for its role). */
    static Object body(ApiOperations.Operation op, Fixture f) {
        if (!op.takesBody()) {
            return null;
        }
        String election = f.id("election");
        String candidate = f.id("candidate0");
        String now = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString();
        return switch (op.name()) {
            case "POST /api/elections" -> Map.of("policeArea", "Matrix " + UUID.randomUUID(), "nation", "WALES",
                    "pollDate", "2027-05-06");
            case "PATCH /api/elections/{id}" -> Map.of("parityGraceDays", 3);
            case "POST /api/elections/{id}/candidates", "PUT /api/candidates/{id}" ->
                Map.of("name", "Matrix Person", "party", "Matrix Party");
            case "POST /api/candidates/{id}/declaration" -> Map.of("declaredOn", LocalDate.now().toString());
            case "POST /api/candidates/{id}/withdrawal", "POST /api/review/{id}/return",
                    "POST /api/publications/{id}/withdrawal", "POST /api/findings/{id}/justification" ->
                Map.of("reason", "matrix");
            case "POST /api/requests" -> Map.of("electionId", election, "candidateId", candidate, "kind",
                    "INFORMATION", "channel", "PHONE", "subject", "Matrix", "text", "Matrix request.");
            case "POST /api/requests/{id}/questions", "POST /api/requests/{id}/response" -> Map.of("text", "Matrix.");
            case "POST /api/requests/{id}/decision" -> Map.of("decision", "GRANTED");
            case "POST /api/offers" -> Map.of("electionId", election, "candidateId", candidate, "kind",
                    "INFORMATION_PACK", "description", "Matrix pack");
            case "POST /api/offers/{id}/outcome" -> Map.of("outcome", "ACCEPTED");
            case "POST /api/dealings" -> Map.of("electionId", election, "candidateId", candidate, "kind", "CALL",
                    "occurredAt", now, "summary", "Matrix call");
            case "POST /api/calendar/holidays" -> Map.of("date", "2031-01-02", "title", "Matrix day", "scope",
                    "SCOTLAND");
            case "POST /api/redactions/preview" -> Map.of("electionId", election, "text", "Matrix text.");
            default -> Map.of();
        };
    }

    /** The request for one call; {@code accept} may be null. */
    static HttpRequest request(String baseUrl, ApiOperations.Operation op, Fixture f, String token, String accept) {
        Object body = body(op, f);
        String contentType = "application/json";
        JsonNode content = op.node().path("requestBody").path("content");
        if (body != null && content.size() > 0 && !content.has("application/json")) {
            Iterator<String> types = content.fieldNames();
            contentType = types.next();
        }
        HttpRequest.Builder builder = Http.request(op.method(), baseUrl + pathWithIds(op, f)
                + Http.query(query(op, f)), token, contentType, body == null ? null : Http.json(body));
        builder.header("Idempotency-Key", UUID.randomUUID().toString());
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder.build();
    }

    /** The media types of the operation's 2xx answer, when it documents more than one (CSV, HTML, JSON). */
    static List<String> acceptVariants(ApiOperations.Operation op) {
        List<String> types = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = op.node().path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        }
        List<String> variants = new ArrayList<>();
        if (types.size() > 1) {
            variants.addAll(types);
        } else {
            variants.add(null);
        }
        return variants;
    }
}
