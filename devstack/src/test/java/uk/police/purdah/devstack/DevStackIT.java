package uk.police.purdah.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

import uk.police.purdah.events.Topic;

/** The packaged devstack as the README and the tests use it: real servers up, and nothing left behind. */
class DevStackIT {

    private static final Path JAR = Path.of("target/devstack.jar");

    @Test
    void startsRealServersAndLeavesNothingBehindWhenItsInputCloses() throws Exception {
        Process devstack = new ProcessBuilder("java", "-jar", JAR.toString(), "--free-ports")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> ready = awaitReady(devstack);
        Path work = Path.of(ready.get("work"));
        try {
            for (String database : Postgres.DATABASES) {
                try (Connection connection = DriverManager.getConnection(ready.get("jdbc") + "/" + database,
                        database, database); ResultSet version = connection.createStatement()
                                .executeQuery("select current_setting('server_version_num')::int")) {
                    version.next();
                    assertThat(version.getInt(1)).as("PostgreSQL 17").isBetween(170000, 179999);
                }
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    ready.get("bootstrap")))) {
                Map<String, TopicDescription> topics = admin.describeTopics(Topic.allTopicNames()).allTopicNames()
                        .get(10, TimeUnit.SECONDS);
                assertThat(topics).hasSize(Topic.allTopicNames().size());
                topics.values().forEach(topic -> assertThat(topic.partitions()).hasSize(3));
            }
            assertThat(claims(token(ready.get("token"), "spoc"))).contains("\"groups\":[\"spoc\"]")
                    .contains("\"iss\":\"" + ready.get("oidc") + "\"");
            assertThat(claims(token(ready.get("token"), "nobody"))).contains("\"groups\":[]");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ready.get("oidc")
                    + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("jwks_uri");
            // issue 11: a real SMTP server greets, and the page of the mail it received answers (empty)
            String[] smtp = ready.get("smtp").split(":");
            try (java.net.Socket socket = new java.net.Socket(smtp[0], Integer.parseInt(smtp[1]));
                    BufferedReader greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.US_ASCII))) {
                assertThat(greeting.readLine()).startsWith("220 ");
            }
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ready.get("mail") + "/mail"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("[]");
        } finally {
            devstack.getOutputStream().close();
            assertThat(devstack.waitFor(60, TimeUnit.SECONDS)).as("devstack stops when its input closes").isTrue();
        }
        assertThat(devstack.exitValue()).isZero();
        assertThat(work).as("its temporary directory is removed").doesNotExist();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(work.toString())).toList()).as("no PostgreSQL process is left").isEmpty();
    }

    /**
     * Fault tests stop PostgreSQL and start it again through standard input: same port, same data; the service
     * commands need {@code --suite} and say so.
     */
    @Test
    void postgresStopAndStartOnStandardInput_keepTheDataOnTheSamePort() throws Exception {
        Process devstack = new ProcessBuilder("java", "-jar", JAR.toString(), "--free-ports")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(devstack.getInputStream(), StandardCharsets.UTF_8));
        Map<String, String> ready = awaitReady(out);
        String intake = ready.get("jdbc") + "/intake";
        var stdin = devstack.getOutputStream();
        try {
            try (Connection connection = DriverManager.getConnection(intake, "intake", "intake")) {
                connection.createStatement().execute("create table kept (word text); insert into kept values ('still here')");
            }
            stdin.write("postgres stop\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            assertThat(out.readLine()).isEqualTo("DEVSTACK DONE postgres stop");
            assertThatThrownBy(() -> DriverManager.getConnection(intake, "intake", "intake").close())
                    .isInstanceOf(java.sql.SQLException.class);

            stdin.write("postgres start\nservice stop equality\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            assertThat(out.readLine()).isEqualTo("DEVSTACK DONE postgres start");
            assertThat(out.readLine()).startsWith("DEVSTACK FAILED service stop equality:").contains("--suite");
            try (Connection connection = DriverManager.getConnection(intake, "intake", "intake");
                    ResultSet kept = connection.createStatement().executeQuery("select word from kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("still here");
            }
        } finally {
            stdin.close();
            assertThat(devstack.waitFor(60, TimeUnit.SECONDS)).as("devstack stops when its input closes").isTrue();
        }
    }

    @Test
    void namesThePortThatIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Process devstack = new ProcessBuilder("java", "-jar", JAR.toString(), "--free-ports", "--kafka-port",
                    String.valueOf(taken.getLocalPort())).redirectErrorStream(true).start();
            devstack.getOutputStream().close();
            String output = new String(devstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(devstack.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(devstack.exitValue()).isEqualTo(2);
            assertThat(output).contains("port " + taken.getLocalPort() + " (Kafka) is already in use");
        }
    }

    private static Map<String, String> awaitReady(Process devstack) throws IOException {
        return awaitReady(new BufferedReader(new InputStreamReader(devstack.getInputStream(), StandardCharsets.UTF_8)));
    }

    private static Map<String, String> awaitReady(BufferedReader out) throws IOException {
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            seen.add(line);
            if (line.startsWith("DEVSTACK READY")) {
                Map<String, String> values = new HashMap<>();
                for (String pair : line.substring("DEVSTACK READY".length()).trim().split(" ")) {
                    values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                return values;
            }
        }
        throw new AssertionError("devstack ended without READY: " + seen);
    }

    private static String token(String tokenUrl, String username) throws IOException, InterruptedException {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=purdah-cli&password=demo"
                        + "&username=" + username)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8)
                .replaceAll("\\s", "");
    }
}
