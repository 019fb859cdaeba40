package uk.police.purdah.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.purdah.system.security.ApiOperations.Operation;

/**
 * DESIGN §6 "never a stack trace": OpenAPI-driven fuzzing. For every JSON operation of the four services, requests
 * generated from its document (its path, query parameters and body schema), each value drawn from what the schema
 * allows, its boundaries and what it does not allow (wrong types, bad dates and UUIDs, unknown enum values, over-long
 * and control-character strings, huge numbers, deep nesting, malformed JSON, odd content types and Accept headers),
 * mostly as a role that may call the operation so that the requests reach the service code. No answer is a 5xx and no
 * body holds a stack trace. The seed is printed; {@code -Dpurdah.fuzz.seed} and {@code -Dpurdah.fuzz.requests} repeat
 * or enlarge a run.
 */
class FuzzIT {

    static final int REQUESTS = Integer.getInteger("purdah.fuzz.requests", 5200);
    static final long SEED = Long.getLong("purdah.fuzz.seed", System.currentTimeMillis());

    static final List<String> STRINGS = List.of("", " ", "x", "null", "0", "-1", "true", "[]", "{}",
            "<script>alert(1)</script>", "' OR '1'='1' --", "%", "_", "\\", "\"", "../../etc/passwd", "%00",
            "\u0000", "nul\u0000inside", "\u0000\u0000",
            "\u202eevil", "ü€😀", "\t\r\n", "9999-12-31", "2026-02-30", "2026-13-01", "0000-00-00",
            "2026-07-16T25:00:00Z", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "NaN", "Infinity",
            "1e999", "${jndi:ldap://x/a}", "{{7*7}}", "x".repeat(5000), "é".repeat(25000));

    static SecuritySuite suite;
    static Fixture fixture;

    @BeforeAll
    static void suiteAndFixture() {
        suite = SecuritySuite.get();
        fixture = Fixture.create(suite, Fixture.Texts.plain("fuzz"));
    }

    @Test
    void design6_generatedRequestsToEveryJsonOperationGetNo5xxAndNoStackTrace() {
        List<Operation> operations = new ArrayList<>();
        for (String service : List.of("intake", "equality", "publication", "audit")) {
            for (Operation op : ApiOperations.of(service, suite.url.get(service))) {
                if (op.path().startsWith("/api/")) {
                    operations.add(op);
                }
            }
        }
        Random random = new Random(SEED);
        System.out.printf("fuzzing %d requests over %d operations, seed %d%n", REQUESTS, operations.size(), SEED);
        Map<String, String> tokens = new ConcurrentHashMap<>();
        SecuritySuite.ROLES.forEach(role -> tokens.put(role, suite.token(role)));

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perOperation = new TreeMap<>();
        Semaphore parallel = new Semaphore(12);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            Operation op = operations.get(i % operations.size());
            perOperation.computeIfAbsent(op.service() + " " + op.name(), k -> new AtomicInteger()).incrementAndGet();
            HttpRequest request = generate(op, random, tokens);
            parallel.acquireUninterruptibly();
            pending.add(Http.sendAsync(request).handle((answer, error) -> {
                parallel.release();
                if (error != null) {
                    failures.add(request.method() + " " + request.uri() + ": " + error);
                    return null;
                }
                statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                if (answer.status() >= 500) {
                    failures.add("5xx: " + answer);
                } else if (Http.STACK_TRACE.matcher(answer.body()).find()) {
                    failures.add("stack trace: " + answer);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        System.out.printf("fuzzed %d requests in %d s over %d operations; statuses %s; %d failures%n", REQUESTS,
                (System.nanoTime() - start) / 1_000_000_000L, perOperation.size(), new TreeMap<>(statuses),
                failures.size());
        assertThat(failures.subList(0, Math.min(40, failures.size()))).as("seed " + SEED).isEmpty();
        assertThat(REQUESTS).isGreaterThanOrEqualTo(5000);
        // the requests got past the role check and the parser often enough to reach the services' own code
        int passed = statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToInt(e -> e.getValue().get())
                .sum();
        assertThat(passed).as("2xx answers among %d: %s", REQUESTS, statuses).isGreaterThan(REQUESTS / 20);
    }

    static HttpRequest generate(Operation op, Random random, Map<String, String> tokens) {
        String path = path(op, random);
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.parameters("query")) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            JsonNode value = value(op, p.path("name").asText(), op.resolve(p.path("schema")), random, 0);
            String text = value.isTextual() ? value.asText() : value.toString();
            query.append(query.length() == 0 ? '?' : '&').append(p.path("name").asText()).append('=')
                    .append(URLEncoder.encode(text.length() > 3000 ? text.substring(0, 3000) : text,
                            StandardCharsets.UTF_8));
        }
        String role = op.roles().isEmpty() || random.nextInt(10) == 0
                ? SecuritySuite.ROLES.get(random.nextInt(SecuritySuite.ROLES.size()))
                : new ArrayList<>(op.roles()).get(random.nextInt(op.roles().size()));
        String body = null;
        String contentType = "application/json";
        if (op.takesBody() || random.nextInt(20) == 0) {
            JsonNode schema = op.jsonBody();
            body = switch (random.nextInt(20)) {
                case 0 -> "{";
                case 1 -> "[".repeat(1200) + "]".repeat(1200);
                case 2 -> "null";
                case 3 -> "\"text\"";
                case 4 -> "{\"a\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501);
                case 5 -> "";
                case 6 -> "{\"x\":1e99999}";
                default -> value(op, "body", schema == null ? JsonNodeFactory.instance.objectNode() : schema, random,
                        0).toString();
            };
            if (random.nextInt(25) == 0) {
                contentType = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "application/json; charset=latin1", "multipart/form-data").get(random.nextInt(5));
            } else {
                JsonNode content = op.node().path("requestBody").path("content");
                if (content.size() > 0 && !content.has("application/json")) {
                    contentType = content.fieldNames().next();
                }
            }
        }
        HttpRequest.Builder builder = Http.request(op.method(), suite.url.get(op.service()) + path + query,
                tokens.get(role), contentType, body);
        switch (random.nextInt(12)) {
            case 0 -> { } // no Idempotency-Key
            case 1 -> builder.header("Idempotency-Key", "k".repeat(300));
            case 2 -> builder.header("Idempotency-Key", "fixed-key-" + random.nextInt(3));
            default -> builder.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (random.nextInt(6) == 0) {
            builder.header("Accept", List.of("text/csv", "text/html", "application/xml", "*/*", "image/png",
                    "application/problem+json", "text/csv;q=0.1, text/html;q=0.9").get(random.nextInt(7)));
        }
        return builder.build();
    }

    static String path(Operation op, Random random) {
        String withIds = Calls.pathWithIds(op, fixture);
        if (!op.path().contains("{") || random.nextInt(10) < 6) {
            return withIds;
        }
        String other = switch (random.nextInt(6)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "not-a-uuid";
            case 2 -> "%27%20OR%201%3D1";
            case 3 -> "x".repeat(1000);
            case 4 -> "00000000-0000-0000-0000-000000000000";
            default -> "%C3%BC%F0%9F%98%80";
        };
        // replace the first id segment of the path
        String[] template = op.path().split("/");
        String[] actual = withIds.split("/");
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                actual[i] = other;
                break;
            }
        }
        return String.join("/", actual);
    }

    /** A value for a schema: usually one it allows, often a boundary, sometimes one it does not. */
    static JsonNode value(Operation op, String name, JsonNode schema, Random random, int depth) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        int dice = random.nextInt(100);
        if (dice < 6) {
            return json.nullNode();
        }
        if (dice < 12) {
            return anything(random, depth);
        }
        if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("allOf") ? schema.path("allOf")
                    : schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
            schema = op.resolve(options.get(random.nextInt(options.size())));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return random.nextInt(5) == 0 ? json.textNode(random.nextBoolean() ? "NOT_A_VALUE"
                    : values.get(random.nextInt(values.size())).asText().toLowerCase())
                    : values.get(random.nextInt(values.size()));
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = json.objectNode();
                if (depth > 3) {
                    return object;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (random.nextInt(6) > 0) {
                        object.set(property.getKey(), value(op, property.getKey(), op.resolve(property.getValue()),
                                random, depth + 1));
                    }
                }
                if (random.nextInt(8) == 0) {
                    object.put(List.of("__proto__", "id", "status", "createdBy", "@class").get(random.nextInt(5)),
                            "PUBLISHED");
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = json.arrayNode();
                int size = random.nextInt(10) == 0 ? 150 : random.nextInt(4);
                for (int i = 0; i < size && depth < 4; i++) {
                    array.add(value(op, name, op.resolve(schema.path("items")), random, depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return switch (random.nextInt(8)) {
                    case 0 -> json.numberNode(-1);
                    case 1 -> json.numberNode(Long.MAX_VALUE);
                    case 2 -> json.numberNode(new java.math.BigDecimal("1e30"));
                    case 3 -> json.numberNode(2.5);
                    case 4 -> json.textNode("12");
                    case 5 -> json.numberNode(2147483648L);
                    default -> json.numberNode(random.nextInt(30));
                };
            }
            case "boolean" -> {
                return random.nextInt(4) == 0 ? json.textNode("yes") : json.booleanNode(random.nextBoolean());
            }
            default -> {
                return json.textNode(string(name, schema, random));
            }
        }
    }

    static String string(String name, JsonNode schema, Random random) {
        String format = schema.path("format").asText();
        boolean valid = random.nextInt(3) > 0;
        if (format.equals("uuid") || name.endsWith("Id")) {
            if (valid) {
                String id = switch (name) {
                    case "electionId" -> "election";
                    case "candidateId" -> "candidate" + random.nextInt(3);
                    case "publicationId" -> "publication";
                    case "requestId" -> "request";
                    default -> null;
                };
                return id == null ? UUID.randomUUID().toString() : fixture.id(id);
            }
        } else if (format.equals("date") && valid) {
            return java.time.LocalDate.of(2020 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    .toString();
        } else if (format.equals("date-time") && valid) {
            return java.time.OffsetDateTime.now().minusHours(random.nextInt(2000)).toString();
        } else if (schema.has("maxLength") && random.nextInt(4) == 0) {
            return "m".repeat(schema.path("maxLength").asInt() + random.nextInt(2));
        } else if (valid) {
            return "Fuzz " + name + " " + random.nextInt(1000);
        }
        return STRINGS.get(random.nextInt(STRINGS.size()));
    }

    static JsonNode anything(Random random, int depth) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (random.nextInt(6)) {
            case 0 -> json.textNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case 1 -> json.numberNode(random.nextLong());
            case 2 -> json.booleanNode(random.nextBoolean());
            case 3 -> json.arrayNode().add(1).add("two");
            case 4 -> json.objectNode().put("nested", depth);
            default -> json.numberNode(-0.0);
        };
    }
}
