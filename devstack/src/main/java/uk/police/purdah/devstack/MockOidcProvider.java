package uk.police.purdah.devstack;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * NAV's mock-oauth2-server, in this JVM. A password grant for a demo user gets a token whose
 * {@code groups} claim holds that user's role; any other username gets a valid token with no role. Browsers log in
 * with the authorization code flow on the library's login page (interactive login): typing a demo username there
 * gives the same {@code groups} claim.
 */
final class MockOidcProvider implements OidcProvider {

    private final MockOAuth2Server server;
    private final int port;

    private MockOidcProvider(MockOAuth2Server server, int port) {
        this.server = server;
        this.port = port;
    }

    static MockOidcProvider start(int port) throws UnknownHostException, JsonProcessingException {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(configJson()));
        server.start(InetAddress.getByName(Ports.HOST), port);
        return new MockOidcProvider(server, port);
    }

    static String configJson() throws JsonProcessingException {
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (DemoUsers.User user : DemoUsers.USERS) {
            mappings.add(Map.of("requestParam", "username", "match", user.username(), "claims",
                    Map.of("preferred_username", user.username(), DemoUsers.ROLES_CLAIM, List.of(user.role()),
                            "aud", List.of("purdah"))));
        }
        // The authorization code flow (browser login): the library matches the name typed on its login page as the
        // "subject" parameter of the code exchange (AuthorizationCodeHandler.LoginOAuth2TokenCallback), so a demo
        // user who logs in by name gets the same groups claim as with the password grant above.
        for (DemoUsers.User user : DemoUsers.USERS) {
            // no "aud": the library then makes the client (the service logging the browser in) the audience
            mappings.add(Map.of("requestParam", "subject", "match", user.username(), "claims",
                    Map.of("preferred_username", user.username(), DemoUsers.ROLES_CLAIM, List.of(user.role()))));
        }
        mappings.add(Map.of("requestParam", "grant_type", "match", "*", "claims",
                Map.of(DemoUsers.ROLES_CLAIM, List.of(), "aud", List.of("purdah"))));
        Map<String, Object> config = Map.of(
                "interactiveLogin", true,
                "tokenCallbacks", List.of(Map.of("issuerId", DemoUsers.REALM, "tokenExpiry", 3600,
                        "requestMappings", mappings)));
        return new ObjectMapper().writeValueAsString(config);
    }

    @Override
    public String issuerUrl() {
        return "http://" + Ports.HOST + ":" + port + "/" + DemoUsers.REALM;
    }

    @Override
    public String tokenUrl() {
        return issuerUrl() + "/token";
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
