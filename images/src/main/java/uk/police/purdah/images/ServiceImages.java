package uk.police.purdah.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

/**
 * Builds each service's image as a tarball ({@code target/images/<service>.tar}, loadable with
 * {@code docker load}, {@code podman load} or pushed with {@code skopeo}/{@code crane}) without a daemon and
 * without pulling a base image: the runtime layer comes from {@link JavaRuntime}, the application layers from
 * the service's Quarkus fast-jar ({@code target/quarkus-app}), split as Quarkus' own Jib support splits them so
 * that a change to the code leaves the library layers as they were. Timestamps are fixed, so the same inputs
 * give the same digest.
 *
 * <p>Arguments: project root, output directory, version, then {@code service:port} per service.
 */
public final class ServiceImages {

    private static final AbsoluteUnixPath WORK = AbsoluteUnixPath.get("/work");
    private static final String OWN_LIBRARIES = "uk.police.purdah.";

    private ServiceImages() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path target = Path.of(args[1]);
        String version = args[2];
        Path runtime = target.resolve("runtime");
        deleteRecursively(runtime);
        long started = System.nanoTime();
        JavaRuntime.build(runtime);
        System.out.printf("images: Java runtime linked in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Path images = Files.createDirectories(target.resolve("images"));
        for (int i = 3; i < args.length; i++) {
            String[] service = args[i].split(":");
            started = System.nanoTime();
            JibContainer image = build(root.resolve(service[0]), service[0], Integer.parseInt(service[1]), version,
                    runtime, images, target.resolve("jib-cache"));
            Files.writeString(images.resolve(service[0] + ".digest"), image.getDigest() + "\n");
            System.out.printf("images: %s %s (%s) in %.1f s%n", image.getTargetImage(), image.getDigest(),
                    images.resolve(service[0] + ".tar"), (System.nanoTime() - started) / 1e9);
        }
    }

    static JibContainer build(Path module, String service, int port, String version, Path runtime, Path images,
            Path cache) throws Exception {
        Path app = module.resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(service + " is not packaged: " + app.resolve("quarkus-run.jar")
                    + " is missing (run the build from the project root)");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", JavaRuntime.JAVA_HOME);
        environment.put("PATH", JavaRuntime.JAVA_HOME + "/bin:/usr/bin:/bin");
        environment.put("LANG", "C.UTF-8");
        JibContainerBuilder builder = Jib.fromScratch()
                .setFormat(ImageFormat.Docker)
                .addFileEntriesLayer(layer("java-runtime", runtime, AbsoluteUnixPath.get("/"), path -> true))
                .addFileEntriesLayer(layer("libraries", app.resolve("lib"), WORK.resolve("lib"),
                        path -> !path.getFileName().toString().startsWith(OWN_LIBRARIES)))
                .addFileEntriesLayer(layer("purdah-libraries", app.resolve("lib"), WORK.resolve("lib"),
                        path -> path.getFileName().toString().startsWith(OWN_LIBRARIES)))
                .addFileEntriesLayer(layer("application", app, WORK,
                        path -> !path.startsWith(app.resolve("lib"))))
                .setEntrypoint(JavaRuntime.JAVA_HOME + "/bin/java", "-XX:MaxRAMPercentage=75",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar",
                        WORK.resolve("quarkus-run.jar").toString())
                .setEnvironment(environment)
                .setWorkingDirectory(WORK)
                .setUser(JavaRuntime.USER_ID + ":" + JavaRuntime.USER_ID)
                .setExposedPorts(Set.of(Port.tcp(port)))
                .setLabels(Map.of(
                        "org.opencontainers.image.title", service,
                        "org.opencontainers.image.version", version,
                        "org.opencontainers.image.vendor", "Purdah",
                        "org.opencontainers.image.description", "Purdah " + service + " (Quarkus, JVM mode)"))
                .setCreationTime(Instant.EPOCH);
        ImageReference reference = ImageReference.of(null, "purdah/" + service, version);
        Containerizer containerizer = Containerizer.to(TarImage.at(images.resolve(service + ".tar"))
                        .named(reference))
                .setBaseImageLayersCache(cache)
                .setApplicationLayersCache(cache)
                .setOfflineMode(true)
                .setToolName("purdah-images");
        return builder.containerize(containerizer);
    }

    /** The regular files under {@code source} that {@code include} accepts, with their permissions kept. */
    private static FileEntriesLayer layer(String name, Path source, AbsoluteUnixPath target, Predicate<Path> include)
            throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        List<Path> entries;
        try (Stream<Path> files = Files.walk(source)) {
            entries = files.filter(path -> Files.isDirectory(path) ? isEmptyDirectory(path) : include.test(path))
                    .sorted()
                    .toList();
        }
        for (Path entry : entries) {
            AbsoluteUnixPath destination = target;
            for (Path part : source.relativize(entry)) {
                destination = destination.resolve(part.toString());
            }
            layer.addEntry(entry, destination, permissions(entry), Instant.EPOCH.plusSeconds(1));
        }
        return layer.build();
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FilePermissions permissions(Path file) throws IOException {
        Set<PosixFilePermission> posix = Files.getPosixFilePermissions(file);
        return FilePermissions.fromPosixFilePermissions(posix);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
