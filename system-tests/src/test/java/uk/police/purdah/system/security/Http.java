package uk.police.purdah.system.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the suite on 127.0.0.1: one call, its status, its body and its content type. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What gives a stack trace away in a body: a Java frame, or an exception class name. */
    static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\))|(\\b(java|javax|jakarta|org|io|com|uk)\\."
                    + "[\\w.$]+(Exception|Error)\\b)|(\\tat )|(Caused by: )");

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    record Answer(String method, String url, int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(method + " " + url + " answered " + status + " with no JSON: " + body, e);
            }
        }

        boolean is2xx() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return method + " " + url + " -> " + status + " "
                    + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    private Http() {
    }

    static HttpRequest.Builder request(String method, String url, String token, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            builder.header("Content-Type", contentType == null ? "application/json" : contentType);
            builder.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder;
    }

    static Answer send(HttpRequest request) {
        try {
            return answer(request, CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static CompletableFuture<Answer> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> answer(request, r));
    }

    private static Answer answer(HttpRequest request, HttpResponse<String> response) {
        return new Answer(request.method(), request.uri().toString(), response.statusCode(),
                response.body() == null ? "" : response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    static Answer call(String method, String url, String token, Object body) {
        return send(request(method, url, token, "application/json", body == null ? null : json(body))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).build());
    }

    static Answer get(String url, String token) {
        return send(request("GET", url, token, null, null).build());
    }

    static Answer get(String url, String token, String accept) {
        return send(request("GET", url, token, null, null).header("Accept", accept).build());
    }

    /** POSTs as the given role and expects 2xx; the answer's JSON. */
    static JsonNode created(String url, String token, Object body) {
        Answer answer = call("POST", url, token, body);
        if (!answer.is2xx()) {
            throw new AssertionError("setup failed: " + answer);
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : answer.json();
    }

    static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String query(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> out.append(out.length() == 0 ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    static Map<String, String> params(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /**
     * A browser-like session on a page protected by the OIDC authorization code flow: it follows redirects, keeps
     * cookies, and logs in on the mock provider's login page by username (the demo users are named after their role).
     */
    static final class BrowserSession {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();

        /** GETs a page; on the login page, signs in as {@code username} and returns the page reached after it. */
        Answer open(String url, String username) {
            HttpResponse<String> page = exchange(HttpRequest.newBuilder(URI.create(url)).GET().build());
            if (page.body() != null && page.body().contains("name=\"username\"")) {
                String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&claims=";
                page = exchange(HttpRequest.newBuilder(page.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            }
            return new Answer("GET", url, page.statusCode(), page.body(),
                    page.headers().firstValue("Content-Type").orElse(""));
        }

        Answer postForm(String url, Map<String, String> fields) {
            String form = query(fields).substring(1);
            HttpResponse<String> page = exchange(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            return new Answer("POST", url, page.statusCode(), page.body(),
                    page.headers().firstValue("Content-Type").orElse(""));
        }

        private HttpResponse<String> exchange(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(request.uri() + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
