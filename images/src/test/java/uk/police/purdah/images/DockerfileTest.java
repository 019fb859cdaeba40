package uk.police.purdah.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-service Dockerfiles, for teams that build their own images, checked offline as a reviewer would: a
 * pinned base image, a non-root user (the chart's runAsUser), the service's own port, and only files that the
 * build produces.
 */
class DockerfileTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FROM = Pattern.compile("^FROM\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = { "intake-service", "equality-service", "publication-service", "audit-service",
            "notification-service" })
    void dockerfileIsPinnedNonRootAndExposesTheServicePort(String service) throws IOException {
        Path module = ROOT.resolve(service);
        String dockerfile = Files.readString(module.resolve("src/main/docker/Dockerfile.jvm"));

        Matcher from = FROM.matcher(dockerfile);
        assertThat(from.find()).as("a FROM line").isTrue();
        String base = from.group(1);
        assertThat(base).as("base image pinned by tag or digest").matches(".+(:[\\w.-]+|@sha256:[0-9a-f]{64})$")
                .doesNotEndWith(":latest");

        List<String> users = Pattern.compile("^USER\\s+(\\S+)", Pattern.MULTILINE).matcher(dockerfile).results()
                .map(m -> m.group(1)).toList();
        assertThat(users).as("the last USER is the chart's runAsUser").isNotEmpty().last().isEqualTo("185");

        assertThat(dockerfile).contains("EXPOSE " + httpPort(module));

        for (String source : COPY.matcher(dockerfile).results().map(m -> m.group(1)).toList()) {
            assertThat(source).as("copied from what the build writes").startsWith("target/quarkus-app/");
        }
    }

    private static String httpPort(Path module) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(module.resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.http.port");
    }
}
