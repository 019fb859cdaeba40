package uk.police.purdah.system.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import uk.police.purdah.system.RunningSuite;
import uk.police.purdah.testsupport.DevStackProcess;
import uk.police.purdah.testsupport.Tokens;

/**
 * The suite the security ITs attack: the shared {@link RunningSuite} (devstack and the packaged services as separate
 * processes), whose publication releases approved items every two seconds ({@code PURDAH_RELEASE_CRON}), so that a
 * test can see its text on the portal (PUB-4's schedule is configuration; its day-only dating does not change).
 */
final class SecuritySuite {

    /** The roles of DESIGN §2, each a demo user of that name. */
    static final List<String> ROLES = List.of("force-staff", "opcc-staff", "spoc", "chief-constable", "auditor",
            "returning-officer");

    private static SecuritySuite instance;

    final Map<String, String> url;
    final String issuer;

    private SecuritySuite(Map<String, String> url, DevStackProcess.Endpoints endpoints) {
        this.url = url;
        DevStackProcess.use(endpoints);
        this.issuer = endpoints.oidc();
    }

    static synchronized SecuritySuite get() {
        if (instance == null) {
            DevStackProcess.Launched launched = RunningSuite.get();
            instance = new SecuritySuite(RunningSuite.urls(), launched.endpoints());
        }
        return instance;
    }

    String intake() {
        return url.get("intake");
    }

    String equality() {
        return url.get("equality");
    }

    String publication() {
        return url.get("publication");
    }

    String audit() {
        return url.get("audit");
    }

    String token(String role) {
        return Tokens.of(role);
    }

    /**
     * Every identity the role matrix tries, by name: the six roles, a valid token with no role, no token, and tokens
     * that must be refused whatever the operation (expired, another issuer, bad signature, …). A null token is none.
     */
    Map<String, Identity> identities() {
        Map<String, Identity> all = new LinkedHashMap<>();
        for (String role : ROLES) {
            all.put(role, new Identity(role, Tokens.of(role), role, true));
        }
        all.put("no-role", new Identity("no-role", Tokens.withoutRole(), null, true));
        all.put("no-token", new Identity("no-token", null, null, false));
        add(all, "expired", ForgedTokens::expired);
        add(all, "other-issuer-same-key", ForgedTokens::otherIssuerSameKey);
        add(all, "other-audience", ForgedTokens::otherAudience);
        add(all, "other-issuer-own-token", () -> ForgedTokens.otherIssuersOwnToken(issuer));
        add(all, "tampered-signature", ForgedTokens::tamperedSignature);
        add(all, "own-rsa-key", ForgedTokens::ownKey);
        add(all, "alg-none", ForgedTokens::algNone);
        add(all, "hs256-guessed-secret", ForgedTokens::hs256);
        return all;
    }

    private static void add(Map<String, Identity> all, String name, Supplier<String> token) {
        all.put(name, new Identity(name, token.get(), null, false));
    }

    /**
     * Who calls: {@code role} is the role the token carries (null: none), {@code authenticated} whether the token is
     * one the services must accept as a login.
     */
    record Identity(String name, String token, String role, boolean authenticated) {
    }
}
