package uk.police.purdah.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak from its Maven Central distribution ({@code ./mvnw -pl devstack -Pkeycloak package}
 * unpacks it), in dev mode with an in-memory database, importing at every start the realm file
 * that {@code deploy/} imports in production.
 */
final class KeycloakProvider implements OidcProvider {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final int port;

    private KeycloakProvider(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static KeycloakProvider start(int port, Path projectRoot, Path workDir) throws IOException, InterruptedException {
        Path home = distribution(projectRoot.resolve("devstack/target/keycloak"));
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.copy(ProjectLayout.realmFile(projectRoot), importDir.resolve("purdah-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + Ports.HOST, "--http-port=" + port, "--db=dev-mem", "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("keycloak.log").toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        KeycloakProvider provider = new KeycloakProvider(builder.start(), port);
        provider.awaitRealm(workDir.resolve("keycloak.log"));
        return provider;
    }

    private static Path distribution(Path unpacked) throws IOException {
        if (Files.isDirectory(unpacked)) {
            try (Stream<Path> dirs = Files.list(unpacked)) {
                var home = dirs.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh"))).findFirst();
                if (home.isPresent()) {
                    home.get().resolve("bin/kc.sh").toFile().setExecutable(true);
                    return home.get();
                }
            }
        }
        throw new IllegalStateException("Keycloak is not unpacked under " + unpacked
                + ": run ./mvnw -pl devstack -Pkeycloak package first");
    }

    private void awaitRealm(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI discovery = URI.create(issuerUrl() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public String issuerUrl() {
        return "http://" + Ports.HOST + ":" + port + "/realms/" + DemoUsers.REALM;
    }

    @Override
    public String tokenUrl() {
        return issuerUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
