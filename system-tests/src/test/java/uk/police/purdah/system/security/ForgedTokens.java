package uk.police.purdah.system.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.purdah.testsupport.ProviderKeys;
import uk.police.purdah.testsupport.Tokens;

/**
 * Tokens a service must refuse (401), built from a real SPOC token of the devstack's provider so that only one thing
 * is wrong with each: expired (signed with the provider's own key, which mock-oauth2-server ships in its jar as
 * {@code mock-oauth2-server-keys.json}), another audience, another issuer (same key, same claims, {@code iss}
 * changed), another issuer's
 * own token (a real token of the same server under another issuer id, so another key), a tampered signature, signed
 * with a key of our own under the provider's key id, {@code alg: none}, and HS256 with a guessed secret.
 */
final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    static JsonNode claims(String jwt) {
        return part(jwt, 1);
    }

    private static JsonNode part(String jwt, int index) {
        try {
            return Http.JSON.readTree(B64D.decode(jwt.split("\\.")[index]));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The SPOC's claims, valid in every way but expired an hour ago; signed with the provider's real key. */
    static String expired() {
        long now = Instant.now().getEpochSecond();
        return ProviderKeys.resign(Tokens.of("spoc"),
                claims -> claims.put("iat", now - 7200).put("nbf", now - 7200).put("exp", now - 3600));
    }

    /** The control: the SPOC's real claims re-signed here with the provider's key; must be accepted. */
    static String resigned() {
        return Tokens.resigned("spoc");
    }

    /** The SPOC's claims with {@code iss} naming another issuer, signed with the provider's real key. */
    static String otherIssuerSameKey() {
        return ProviderKeys.resign(Tokens.of("spoc"),
                claims -> claims.put("iss", claims.path("iss").asText().replaceAll("/[^/]+$", "/another-force")));
    }

    /**
     * The SPOC's claims issued for another application of the same provider ({@code aud} not {@code purdah}, as
     * the realm's audience mappers set it), signed with the provider's real key.
     */
    static String otherAudience() {
        return Tokens.forAudience("spoc", "another-application");
    }

    /** A real token of the same server under another issuer id (so another key), for the SPOC's username. */
    static String otherIssuersOwnToken(String issuer) {
        String tokenUrl = issuer.replaceAll("/[^/]+$", "/another-force") + "/token";
        String form = "grant_type=password&client_id=purdah-cli&password=demo&username="
                + URLEncoder.encode("spoc", StandardCharsets.UTF_8);
        Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.status() != 200) {
            throw new IllegalStateException("no token from the other issuer: " + answer);
        }
        return answer.json().path("access_token").asText();
    }

    /** The SPOC's real token with one byte of its signature changed. */
    static String tamperedSignature() {
        String real = Tokens.of("spoc");
        int dot = real.lastIndexOf('.');
        byte[] signature = B64D.decode(real.substring(dot + 1));
        signature[signature.length / 2] ^= 0x5A;
        return real.substring(0, dot + 1) + B64.encodeToString(signature);
    }

    /** The SPOC's real header and claims with the role set to spoc, signed with a fresh key of our own. */
    static String ownKey() {
        String real = Tokens.of("spoc");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return ProviderKeys.sign(header(real), claims(real), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SPOC's claims under {@code alg: none}, with no signature. */
    static String algNone() {
        String real = Tokens.of("spoc");
        ObjectNode header = Http.JSON.createObjectNode().put("alg", "none").put("typ", "JWT");
        return encode(header) + "." + encode(claims(real)) + ".";
    }

    /** The SPOC's claims under HS256 with a guessed shared secret. */
    static String hs256() {
        String real = Tokens.of("spoc");
        ObjectNode header = ((ObjectNode) header(real)).put("alg", "HS256");
        String input = encode(header) + "." + encode(claims(real));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("secretsecretsecretsecretsecretsecret".getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(JsonNode node) {
        return B64.encodeToString(Http.json(node).getBytes(StandardCharsets.UTF_8));
    }
}
