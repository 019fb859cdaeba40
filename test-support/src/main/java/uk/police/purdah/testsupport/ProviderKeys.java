package uk.police.purdah.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Base64;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tokens signed with the devstack OIDC provider's own key, for tests that need a token the provider would not issue:
 * expired, for another audience or issuer. The devstack's mock-oauth2-server signs with one of the keys its jar ships
 * ({@code mock-oauth2-server-keys.json}, on this class path without any of its code); the one whose modulus the
 * provider publishes (JWKS) is the one it signs with.
 */
public final class ProviderKeys {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static PrivateKey key;

    private ProviderKeys() {
    }

    /** A real token with its claims changed, signed again with the provider's key: only the change is wrong. */
    public static String resign(String jwt, Consumer<ObjectNode> change) {
        String[] parts = jwt.split("\\.");
        ObjectNode claims = (ObjectNode) read(parts[1]);
        change.accept(claims);
        return sign(read(parts[0]), claims, providerKey(jwt));
    }

    /** The JSON of one part of a JWT (0 header, 1 claims). */
    public static JsonNode part(String jwt, int index) {
        return read(jwt.split("\\.")[index]);
    }

    /** Signs header and claims with RS256 and the given key. */
    public static String sign(JsonNode header, JsonNode claims, PrivateKey signingKey) {
        try {
            String input = B64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String base64) {
        try {
            return JSON.readTree(B64D.decode(base64));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static synchronized PrivateKey providerKey(String jwt) {
        if (key != null) {
            return key;
        }
        String issuer = part(jwt, 1).path("iss").asText();
        String kid = part(jwt, 0).path("kid").asText();
        BigInteger modulus = null;
        try {
            HttpResponse<String> jwks = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/jwks")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode published : JSON.readTree(jwks.body()).path("keys")) {
                if (kid.equals(published.path("kid").asText())) {
                    modulus = new BigInteger(1, B64D.decode(published.path("n").asText()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the provider's keys are not at " + issuer + "/jwks: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try (InputStream in = ProviderKeys.class.getResourceAsStream("/mock-oauth2-server-keys.json")) {
            if (in == null) {
                throw new IllegalStateException("mock-oauth2-server-keys.json is not on the test class path");
            }
            for (JsonNode jwk : JSON.readTree(in).path("keys")) {
                if (big(jwk, "n").equals(modulus)) {
                    key = KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(big(jwk, "n"),
                            big(jwk, "e"), big(jwk, "d"), big(jwk, "p"), big(jwk, "q"), big(jwk, "dp"),
                            big(jwk, "dq"), big(jwk, "qi")));
                    return key;
                }
            }
            throw new IllegalStateException("the provider's key '" + kid + "' is none of the keys the mock ships");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger big(JsonNode jwk, String field) {
        return new BigInteger(1, B64D.decode(jwk.path(field).asText()));
    }
}
