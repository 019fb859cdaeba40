package uk.police.purdah.images;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The file system every service image starts from, made on the build machine with no base image to pull:
 * a Java runtime linked by {@code jlink} from the build JDK's modules, the shared libraries it needs (found by
 * {@code ldd}, copied from the build machine), the service user and the empty mount points that Kubernetes
 * fills ({@code /tmp} is an emptyDir because the root file system is read-only).
 */
final class JavaRuntime {

    /** The user of the Quarkus images, which the Helm chart's securityContext names (runAsUser). */
    static final int USER_ID = 185;
    static final String JAVA_HOME = "/opt/java";

    /**
     * What a Quarkus service on the JVM uses: JDBC, JNDI (Kafka's SASL), JMX and JFR (metrics, profiling),
     * java.desktop for java.beans (Jackson, Hibernate), the crypto providers for TLS, and jcmd for operators.
     */
    private static final List<String> MODULES = List.of("java.base", "java.compiler", "java.desktop",
            "java.instrument", "java.logging", "java.management", "java.naming", "java.net.http", "java.prefs",
            "java.rmi", "java.scripting", "java.security.jgss", "java.security.sasl", "java.sql",
            "java.transaction.xa", "java.xml", "jdk.attach", "jdk.crypto.cryptoki", "jdk.crypto.ec", "jdk.jcmd",
            "jdk.jfr", "jdk.management", "jdk.management.agent", "jdk.management.jfr", "jdk.naming.dns",
            "jdk.net", "jdk.security.auth", "jdk.unsupported", "jdk.zipfs");

    /**
     * java.desktop's native parts for windows, sound, fonts and images: a headless service never loads them, and
     * leaving them out keeps X11, ALSA and FreeType out of the image.
     */
    private static final List<String> DESKTOP_NATIVES = List.of("**libawt_xawt.so", "**libsplashscreen.so",
            "**libjsound.so", "**libfontmanager.so", "**libjavajpeg.so", "**liblcms.so");

    private static final Pattern LDD_LIBRARY = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)");

    private JavaRuntime() {
    }

    /** Builds the root file system under {@code root} (which must not exist) and returns it. */
    static Path build(Path root) throws IOException {
        Path javaHome = root.resolve(JAVA_HOME.substring(1));
        Files.createDirectories(javaHome.getParent());
        jlink(javaHome);
        for (String library : sharedLibraries(javaHome)) {
            Path target = root.resolve(library.substring(1));
            Files.createDirectories(target.getParent());
            // copies what a symbolic link points at: the image holds each library under the name it is loaded by
            Files.copy(Path.of(library), target, StandardCopyOption.REPLACE_EXISTING);
        }
        Path etc = Files.createDirectories(root.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "purdah:x:" + USER_ID + ":" + USER_ID + ":Purdah service:/work:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\npurdah:x:" + USER_ID + ":\n");
        Files.writeString(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
        for (String mountPoint : List.of("tmp", "proc", "sys", "dev", "work")) {
            Files.createDirectories(root.resolve(mountPoint));
        }
        return root;
    }

    private static void jlink(Path output) {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new IllegalStateException(
                "jlink is missing: build the images with a JDK, not a JRE (java.home=" + System.getProperty("java.home")
                        + ")"));
        StringWriter log = new StringWriter();
        PrintWriter out = new PrintWriter(log);
        int exit = jlink.run(out, out, "--add-modules", String.join(",", MODULES),
                "--exclude-files=" + String.join(",", DESKTOP_NATIVES), "--strip-debug",
                "--no-man-pages", "--no-header-files", "--compress=2", "--output", output.toString());
        if (exit != 0) {
            throw new IllegalStateException("jlink failed (" + exit + "): " + log);
        }
    }

    /** The libraries outside the runtime that its executables and libraries are linked against. */
    static Set<String> sharedLibraries(Path javaHome) throws IOException {
        Set<String> libraries = new TreeSet<>();
        List<Path> objects;
        try (Stream<Path> files = Files.walk(javaHome)) {
            objects = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".so") || f.getParent().endsWith("bin"))
                    .toList();
        }
        for (Path object : objects) {
            for (String line : ldd(object)) {
                Matcher library = LDD_LIBRARY.matcher(line.strip());
                if (library.find() && !library.group(1).startsWith(javaHome.toString())) {
                    libraries.add(library.group(1));
                }
            }
        }
        return libraries;
    }

    private static List<String> ldd(Path object) throws IOException {
        Process ldd = new ProcessBuilder("ldd", object.toString()).redirectErrorStream(true).start();
        try {
            String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ldd.waitFor();
            return output.lines().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted reading ldd " + object, e));
        }
    }
}
