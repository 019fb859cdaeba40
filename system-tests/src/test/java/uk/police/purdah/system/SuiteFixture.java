package uk.police.purdah.system;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.restassured.http.ContentType;
import uk.police.purdah.testsupport.DevStackProcess;
import uk.police.purdah.testsupport.Tokens;

/**
 * What the fault tests need around a running suite: its databases read over JDBC, its broker read and written with
 * plain Kafka clients, elections and candidates made through intake's API, and second instances of the packaged
 * services (replays).
 */
final class SuiteFixture {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final DevStackProcess.Launched suite;
    final Map<String, String> url;
    final String jdbc;
    final String bootstrap;

    SuiteFixture(DevStackProcess.Launched suite) {
        this.suite = suite;
        this.url = suite.lines().get("SUITE READY");
        this.jdbc = suite.endpoints().jdbc();
        this.bootstrap = suite.endpoints().bootstrap();
    }

    // ---- intake ---------------------------------------------------------------------------------------

    record Election(String id, List<String> candidates) {
    }

    Election election(String area, int candidates) {
        String spoc = Tokens.of("spoc");
        String id = given().auth().oauth2(spoc).contentType(ContentType.JSON)
                .body(Map.of("policeArea", area, "nation", "ENGLAND", "pollDate", "2026-07-16"))
                .post(url.get("intake") + "/api/elections").then().statusCode(201).extract().path("id");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            ids.add(candidate(id, "Candidate " + (char) ('A' + i) + " of " + area));
        }
        return new Election(id, ids);
    }

    String candidate(String electionId, String name) {
        return given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "party", "Party of " + name))
                .post(url.get("intake") + "/api/elections/" + electionId + "/candidates").then().statusCode(201)
                .extract().path("id");
    }

    String offer(String electionId, String candidateId, String kind) {
        Map<String, Object> form = new HashMap<>(Map.of("electionId", electionId, "candidateId", candidateId,
                "kind", kind, "description", "A " + kind.toLowerCase() + " on the force's plans"));
        if (kind.equals("MEETING")) {
            form.put("officeHolder", "CHIEF_CONSTABLE");
        }
        return given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON).body(form)
                .post(url.get("intake") + "/api/offers").then().statusCode(201).extract().path("id");
    }

    /** The JSON of a request form, as the intranet form sends it. */
    static String requestJson(String electionId, String candidateId, String subject) {
        return "{\"electionId\":\"" + electionId + "\",\"candidateId\":\"" + candidateId
                + "\",\"kind\":\"INFORMATION\",\"channel\":\"EMAIL\",\"subject\":\"" + subject
                + "\",\"text\":\"Please send the figures.\"}";
    }

    /** Logs a request with a fresh idempotency key: the HTTP answer (201 with the request, or a problem). */
    HttpResponse<String> submit(String role, String electionId, String candidateId, String subject) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.get("intake") + "/api/requests"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.of(role))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(requestJson(electionId, candidateId, subject))).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("intake did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request id of a 201 answer. */
    static String idOf(HttpResponse<String> created) {
        int at = created.body().indexOf("\"id\":\"");
        if (created.statusCode() != 201 || at < 0) {
            throw new AssertionError("not created: HTTP " + created.statusCode() + " " + created.body());
        }
        return created.body().substring(at + 6, created.body().indexOf('"', at + 6));
    }

    // ---- databases ------------------------------------------------------------------------------------

    /** The first column of each row, as text (a duplicate would show twice). */
    List<String> column(String database, String sql, Object... parameters) throws SQLException {
        return columnAs(database, database, sql, parameters);
    }

    /** The same, in a database whose owning role is named differently (a replay's fresh database). */
    List<String> columnAs(String database, String owner, String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc + "/" + database, owner, owner);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** Every event intake published for an election, oldest first (its outbox, where they commit). */
    List<String> intakeEvents(String electionId) throws SQLException {
        return column("intake", "select event_id from outbox_event where event_key = ? order by sequence", electionId);
    }

    /** A new empty database owned by a service's role (devstack's superuser {@code postgres} is trusted). */
    void createDatabase(String name, String owner) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + owner);
        }
    }

    // ---- Kafka ----------------------------------------------------------------------------------------

    KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    void send(KafkaProducer<String, String> producer, String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic + ": " + e, e);
        }
    }

    /** Every record of a topic, from offset 0 to its end now. */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    void createTopics(Collection<String> names) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(names.stream().map(name -> new NewTopic(name, 3, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // ---- second instances -----------------------------------------------------------------------------

    /** A packaged service launched here, as devstack launches the suite's, with its own extra environment. */
    record Instance(String name, Process process, String url) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Launches a packaged service; {@link #awaitReady} waits for it (launch several, then wait for all). */
    Instance launch(String service, Map<String, String> environment) throws IOException {
        Path jar = Path.of("..", service + "-service", "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: package the services first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target", "logs")).resolve(service + "-replay.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PURDAH_JDBC", jdbc);
        builder.environment().put("PURDAH_BOOTSTRAP", bootstrap);
        builder.environment().put("PURDAH_OIDC", suite.endpoints().oidc());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        return new Instance(service, builder.start(), "http://127.0.0.1:" + port);
    }

    void awaitReady(Instance instance) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                throw new IllegalStateException(instance.name() + " (second instance) exited; see target/logs");
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(instance.url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(instance.name() + " (second instance) was not ready; see target/logs");
    }
}
