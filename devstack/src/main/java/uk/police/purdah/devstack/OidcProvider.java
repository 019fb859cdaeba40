package uk.police.purdah.devstack;

/** A real OpenID Connect provider: discovery, JWKS and signed tokens for the demo users. */
interface OidcProvider extends AutoCloseable {

    /** The issuer, e.g. {@code http://127.0.0.1:18080/purdah}; the services' {@code auth-server-url}. */
    String issuerUrl();

    /** The token endpoint, for the password grant of the demo users. */
    String tokenUrl();

    @Override
    void close();
}
