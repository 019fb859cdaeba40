package uk.police.purdah.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.purdah.testsupport.DevStackProcess;
import uk.police.purdah.testsupport.Tokens;

/**
 * Each image as Kubernetes would run it: the tarball's config names a non-root user and the Java entrypoint, and
 * the entrypoint, run from the image's own files (chroot) as that user, on a read-only root with only /tmp
 * writable, starts the service against the real PostgreSQL, Kafka and OIDC of devstack until it is ready and
 * answers an authenticated call.
 */
class ServiceImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path IMAGES = Path.of(System.getProperty("purdah.images", "target/images"));

    @ParameterizedTest
    @CsvSource({ "intake-service, 8081, /api/elections, spoc", "equality-service, 8082, /q/openapi, ",
            "publication-service, 8083, /q/openapi, ",
            "audit-service, 8084, /api/ledger/head, ", "notification-service, 8085, /q/openapi, " })
    void imageRunsTheServiceAsItsNonRootUserOnAReadOnlyRoot(String service, int port, String probe, String role,
            @TempDir Path work) throws Exception {
        Path rootfs = Files.createDirectory(work.resolve("rootfs"));
        JsonNode config = unpack(IMAGES.resolve(service + ".tar"), rootfs);

        assertThat(config.at("/config/User").asText()).isEqualTo("185:185");
        assertThat(config.at("/config/ExposedPorts").has(port + "/tcp")).isTrue();
        assertThat(config.at("/config/WorkingDir").asText()).isEqualTo("/work");
        List<String> entrypoint = new ArrayList<>();
        config.at("/config/Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        assertThat(entrypoint).startsWith("/opt/java/bin/java").endsWith("-jar", "/work/quarkus-run.jar");
        assertThat(Files.getPosixFilePermissions(rootfs.resolve("opt/java/bin/java")))
                .contains(PosixFilePermission.OTHERS_EXECUTE);
        assertThat(rootfs.resolve("work/quarkus-run.jar")).isRegularFile();

        Assumptions.assumeTrue(canIsolate(work), "this machine cannot make mount and process namespaces"
                + " (unshare --mount --pid), so the image is not run here");
        int httpPort = freePort();
        Map<String, String> environment = new HashMap<>();
        config.at("/config/Env").forEach(pair -> {
            String[] kv = pair.asText().split("=", 2);
            environment.put(kv[0], kv[1]);
        });
        DevStackProcess.Endpoints platform = DevStackProcess.endpoints();
        environment.put("PURDAH_JDBC", platform.jdbc());
        environment.put("PURDAH_BOOTSTRAP", platform.bootstrap());
        environment.put("PURDAH_OIDC", platform.oidc());
        environment.put("PURDAH_SMTP_HOST", platform.smtpHost());
        environment.put("PURDAH_SMTP_PORT", Integer.toString(platform.smtpPort()));
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));

        Process running = runIsolated(rootfs, environment, entrypoint, work.resolve(service + ".log"));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI base = URI.create("http://127.0.0.1:" + httpPort);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .untilAsserted(() -> {
                        assertThat(running.isAlive()).as("the service is running; its log: %s",
                                Files.readString(work.resolve(service + ".log"))).isTrue();
                        assertThat(http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                    });
            HttpRequest.Builder call = HttpRequest.newBuilder(base.resolve(probe));
            if (role != null) {
                call.header("Authorization", "Bearer " + Tokens.of(role));
            }
            HttpResponse<String> answer = http.send(call.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        } finally {
            // unshare ignores SIGTERM while it waits; SIGKILL ends it, then its shell, then the namespace
            running.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Extracts the image's layers in order into {@code rootfs}, keeping file modes; returns its config. */
    private static JsonNode unpack(Path tarball, Path rootfs) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream image = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry; (entry = image.getNextEntry()) != null;) {
                files.put(entry.getName(), image.readAllBytes());
            }
        }
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        for (JsonNode layer : manifest.get("Layers")) {
            try (TarArchiveInputStream entries = new TarArchiveInputStream(
                    new GZIPInputStream(new ByteArrayInputStream(files.get(layer.asText()))))) {
                for (TarArchiveEntry entry; (entry = entries.getNextEntry()) != null;) {
                    Path target = rootfs.resolve(entry.getName()).normalize();
                    if (!target.startsWith(rootfs)) {
                        throw new IOException("layer entry outside the root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy((InputStream) entries, target);
                    }
                    Files.setPosixFilePermissions(target, modes(entry.getMode()));
                }
            }
        }
        return JSON.readTree(files.get(manifest.get("Config").asText()));
    }

    private static Set<PosixFilePermission> modes(int mode) {
        StringBuilder rwx = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = (mode >> shift) & 7;
            rwx.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-')
                    .append((bits & 1) != 0 ? 'x' : '-');
        }
        return PosixFilePermissions.fromString(rwx.toString());
    }

    /**
     * Runs {@code command} inside the image's files as Kubernetes would with readOnlyRootFilesystem and an
     * emptyDir on /tmp: private mount and process namespaces where the root is bound read-only, then chroot as user
     * 185. Stopping the returned process ends the service with it.
     */
    private static Process runIsolated(Path rootfs, Map<String, String> environment, List<String> command, Path log)
            throws IOException {
        String script = String.join("\n", "set -e", "R=\"$1\"; shift",
                "mount --bind \"$R\" \"$R\"",
                "mount -o remount,bind,ro \"$R\"",
                "mount -t tmpfs -o size=64m tmpfs \"$R/tmp\"",
                "mount -t proc proc \"$R/proc\"",
                "mount --rbind /dev \"$R/dev\"",
                // not exec: this shell stays the namespace's first process, so when it goes, the kernel ends
                // everything inside (the service runs as another user, which a parent-death signal does not reach)
                "chroot --userspec=185:185 \"$R\" \"$@\"");
        List<String> argv = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child", "sh",
                "-c", script, "sh", rootfs.toString()));
        argv.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        // the host's tools set up the namespace; the entrypoint inside names java by its full path
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        return builder.start();
    }

    private static boolean canIsolate(Path work) throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("unshare", "--mount", "--pid", "--fork", "sh", "-c",
                    "mount -t tmpfs tmpfs \"$0\"", work.toString()).redirectErrorStream(true).start();
            byte[] output = probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0 && new String(output, StandardCharsets.UTF_8).isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
