package uk.police.purdah.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Real access tokens from the devstack's OIDC provider, by the password grant of the demo users. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for a demo user; the user named after a role of DESIGN §2 has that role. */
    public static String of(String username) {
        // by provider too: a test JVM may launch more than one devstack, each with its own OIDC keys and issuer
        String tokenUrl = DevStackProcess.endpoints().tokenUrl();
        return CACHE.computeIfAbsent(tokenUrl + " " + username, key -> fetch(tokenUrl, username));
    }

    /** A valid token that carries no role at all. */
    public static String withoutRole() {
        return of("someone-without-a-role");
    }

    /**
     * A token of a demo user as the provider would issue it for another application ({@code aud} is not
     * {@code purdah}), signed with the provider's own key: the services must refuse it (401).
     */
    public static String forAudience(String username, String audience) {
        return ProviderKeys.resign(of(username), claims -> claims.putArray("aud").add(audience));
    }

    /** The control for {@link #forAudience}: the user's own claims signed again with the provider's key. */
    public static String resigned(String username) {
        return ProviderKeys.resign(of(username), claims -> { });
    }

    private static String fetch(String tokenUrl, String username) {
        String form = "grant_type=password&client_id=purdah-cli&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": "
                        + response.body());
            }
            return new ObjectMapper().readTree(response.body()).get("access_token").asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("no token for " + username + ": " + e.getMessage(), e);
        }
    }
}
