package uk.police.purdah.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are in a checkout: this jar lives at {@code <root>/devstack/target/devstack.jar}. */
final class ProjectLayout {
    private ProjectLayout() {
    }

    static Path rootFromJar() {
        try {
            Path jar = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent().getParent().getParent();
            return Files.isDirectory(candidate.resolve("devstack")) ? candidate : Path.of("").toAbsolutePath();
        } catch (URISyntaxException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    static Path serviceJar(Path root, String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static Path realmFile(Path root) {
        return root.resolve("deploy/platform/keycloak/purdah-realm.json");
    }
}
