package uk.police.purdah.bench;

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
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.purdah.audit.chain.AuditChain;
import uk.police.purdah.audit.chain.ChainHash;
import uk.police.purdah.audit.chain.LedgerEntries;
import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.testsupport.DevStackProcess;
import uk.police.purdah.testsupport.Tokens;

/**
 * The figures that need the packaged suite (devstack --suite: PostgreSQL, Kafka, OIDC and the four services as
 * separate processes): intake throughput and latency beside a raw JDBC ceiling, end to end latency to the audit
 * ledger and to equality's parity view, start-up time and resident memory of each service, and how intake's p99
 * and the audit append grow with the ledger. Every request goes to 127.0.0.1 and every run is bounded.
 */
final class SuiteBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SERVICES = List.of("intake", "equality", "publication", "audit");

    private final Path root;
    private final Settings settings;
    private final List<Figure> figures;
    private DevStackProcess.Launched suite;
    private final List<Process> services = new ArrayList<>();
    private Map<String, String> url;
    private DevStackProcess.Endpoints endpoints;
    private String electionId;
    private List<String> candidateIds = new ArrayList<>();

    /** How much load: the full run's, or a short one. */
    record Settings(int saturationRequests, double saturationSeconds, int workers, int pacedRequests,
            double pacedRate, int jdbcRequests, List<Integer> ledgerSizes, int growthRequests) {
        static Settings full() {
            return new Settings(20_000, 40, 16, 4_000, 200, 20_000, List.of(10_000, 100_000, 1_000_000), 2_000);
        }

        /** As full, with the ledger grown to 100,000 only (seeding a million took too long on a loaded machine). */
        static Settings busy() {
            return new Settings(20_000, 40, 16, 2_000, 200, 20_000, List.of(10_000, 100_000), 1_000);
        }

        static Settings quick() {
            return new Settings(2_000, 15, 8, 1_000, 200, 2_000, List.of(10_000, 20_000), 400);
        }
    }

    private Runnable checkpoint = () -> { };

    SuiteBench(Path root, Settings settings, List<Figure> figures) {
        this.root = root;
        this.settings = settings;
        this.figures = figures;
    }

    /** Called after each stage, so that what was measured is written even if a later stage fails or is stopped. */
    SuiteBench afterEachStage(Runnable save) {
        this.checkpoint = save;
        return this;
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        // devstack (PostgreSQL, Kafka, OIDC), then the four packaged services started here one after the other, as
        // devstack --suite starts them (same flags and environment) but with a longer wait for a loaded machine, and
        // each timed to ready alone
        suite = DevStackProcess.launch(List.of(), "DEVSTACK READY", 600);
        log("devstack ready in %.0f s", (System.nanoTime() - t0) / 1e9);
        try {
            url = new HashMap<>();
            endpoints = suite.endpoints();
            DevStackProcess.use(endpoints);
            startup();
            checkpoint.run();
            election();
            intake();
            checkpoint.run();
            OffsetDateTime pacedFrom = OffsetDateTime.now(ZoneOffset.UTC);
            endToEnd(settings.pacedRate(), settings.pacedRequests(), "at 200 requests/s");
            relay(pacedFrom);
            checkpoint.run();
            residentAfterLoad();
            checkpoint.run();
            growth();
        } finally {
            for (Process service : services) {
                service.destroy();
            }
            for (Process service : services) {
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            suite.stop();
        }
    }

    // ---------------------------------------------------------------- start-up

    /** Each service started alone (the ones before it running), timed to ready, and its RSS then; kept running. */
    private void startup() throws Exception {
        double[] bare = bareJvm();
        for (String service : SERVICES) {
            Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                port = s.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("devstack/target/logs/" + service + "-service.log").toFile());
            builder.environment().put("PURDAH_JDBC", endpoints.jdbc());
            builder.environment().put("PURDAH_BOOTSTRAP", endpoints.bootstrap());
            builder.environment().put("PURDAH_OIDC", endpoints.oidc());
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                double seconds = Double.NaN;
                URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
                while (System.nanoTime() - start < 600e9 && process.isAlive()) {
                    try {
                        if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            seconds = (System.nanoTime() - start) / 1e9;
                            break;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(20);
                }
                double rss = rssMb(process.pid());
                String started = quarkusStarted(root.resolve("devstack/target/logs/" + service + "-service.log"));
                figures.add(new Figure("Start-up", service + "-service: time to ready (JVM mode, started alone)", seconds, "s",
                        "a bare JVM with the same flags to its first line", bare[0], "≤ 2 s", seconds <= 2, "Quarkus' own 'started in': " + started
                                + " s; load average " + loadAverage()));
                figures.add(new Figure("Start-up", service + "-service: resident memory at ready", rss, "MB",
                        "the bare JVM's", bare[1], "≤ 200 MB", rss <= 200, "VmRSS, -Xmx384m -XX:+UseSerialGC as the suite runs it"));
                log("%s ready in %.2f s, RSS %.0f MB", service, seconds, rss);
                if (Double.isNaN(seconds)) {
                    throw new IllegalStateException(service + "-service was not ready within 600 s");
                }
                url.put(service, "http://127.0.0.1:" + port);
            } finally {
                services.add(process);
            }
        }
    }

    /** A JVM with the services' flags that only prints a line: seconds to that line, and its RSS then. */
    private static double[] bareJvm() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Idle.class.getName()).redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            double seconds = (System.nanoTime() - start) / 1e9;
            double rss = rssMb(process.pid());
            log("bare JVM: %s after %.2f s, RSS %.0f MB", line, seconds, rss);
            return new double[] { seconds, rss };
        } finally {
            process.destroy();
        }
    }

    private static String quarkusStarted(Path log) {
        try {
            var m = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    /** The resident memory of the suite's own service processes, after all the load. */
    private void residentAfterLoad() {
        for (String service : SERVICES) {
            ProcessHandle.current().descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains(service + "-service/target/quarkus-app"))
                    .findFirst().ifPresent(p -> figures.add(new Figure("Start-up", service
                            + "-service: resident memory after the load", rssMb(p.pid()), "MB", "", Double.NaN,
                            "≤ 200 MB", rssMb(p.pid()) <= 200, "after the load")));
        }
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone
        }
        return Double.NaN;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- intake

    private void election() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String spoc = Tokens.of("spoc");
        LocalDate poll = LocalDate.now().plusDays(20);
        electionId = post(http, spoc, url.get("intake") + "/api/elections", Map.of("policeArea", "Norfolk",
                "nation", "ENGLAND", "pollDate", poll.toString()));
        for (int i = 0; i < 4; i++) {
            candidateIds.add(post(http, spoc, url.get("intake") + "/api/elections/" + electionId + "/candidates",
                    Map.of("name", "Bench Candidate " + (char) ('A' + i), "party", "Party " + i,
                            "email", "c" + i + "@example.org")));
        }
    }

    private static String post(HttpClient http, String token, String uri, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(LoadGenerator.local(URI.create(uri)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("id").asText();
    }

    private IntFunction<LoadGenerator.Call> requests(String run) {
        URI uri = URI.create(url.get("intake") + "/api/requests");
        String[] tokens = { Tokens.of("force-staff"), Tokens.of("opcc-staff") };
        return i -> {
            Map<String, Object> form = new HashMap<>();
            form.put("electionId", electionId);
            form.put("candidateId", candidateIds.get(i % candidateIds.size()));
            form.put("kind", "INFORMATION");
            form.put("channel", i % 2 == 0 ? "FORCE_INTRANET" : "OPCC");
            form.put("subject", "Bench request " + run + " " + i);
            form.put("text", "Please send the figures for district " + i + " and the response times for the last"
                    + " quarter, broken down by ward.");
            try {
                return new LoadGenerator.Call(uri, JSON.writeValueAsString(form), "Authorization",
                        "Bearer " + tokens[i % 2], "Content-Type", "application/json", "Idempotency-Key",
                        run + "-" + i + "-" + UUID.randomUUID());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private void intake() throws Exception {
        LoadGenerator load = new LoadGenerator(201);
        load.saturate(requests("warm"), 4, 500, 60); // warm-up: JIT, connection pools
        LoadGenerator.Run saturated = load.saturate(requests("sat"), settings.workers(),
                settings.saturationRequests(), settings.saturationSeconds());
        double ceiling = jdbcCeiling(settings.workers(), settings.jdbcRequests(), settings.saturationSeconds());
        String how = String.format(Locale.ROOT, "%d workers, %d requests in %.1f s, %d failed; load average %s",
                settings.workers(), saturated.ok(), saturated.seconds(), saturated.failed(), loadAverage());
        figures.add(new Figure("Intake", "POST /api/requests at saturation", saturated.rate(), "requests/s",
                "raw JDBC: request row + outbox row, one transaction each, same PostgreSQL, same workers", ceiling,
                "≥ 1,500 requests/s and ≥ 0.7 × ceiling", saturated.rate() >= 1500 && saturated.rate() >= 0.7 * ceiling,
                how));
        figures.add(new Figure("Intake", "p50 at saturation", saturated.latency().millis(50), "ms", "", Double.NaN,
                "", null, ""));
        figures.add(new Figure("Intake", "p99 at saturation", saturated.latency().millis(99), "ms", "", Double.NaN,
                "", null, ""));
        log("intake saturated: %.0f requests/s (ceiling %.0f), p50 %.1f ms, p99 %.1f ms, %d failed", saturated.rate(),
                ceiling, saturated.latency().millis(50), saturated.latency().millis(99), saturated.failed());
    }

    /** The same inserts intake makes, straight through JDBC: into copies of its tables, so nothing is relayed. */
    private double jdbcCeiling(int workers, int count, double maxSeconds) throws Exception {
        String jdbc = endpoints.jdbc() + "/intake";
        try (Connection c = DriverManager.getConnection(jdbc, "intake", "intake"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_outbox, bench_request");
            s.execute("CREATE TABLE bench_request (LIKE candidate_request INCLUDING ALL)");
            s.execute("ALTER TABLE bench_request ADD FOREIGN KEY (election_id) REFERENCES election (id),"
                    + " ADD FOREIGN KEY (candidate_id) REFERENCES candidate (id)");
            s.execute("CREATE TABLE bench_outbox (LIKE outbox_event INCLUDING ALL)");
        }
        String payload = "{\"specversion\":\"1.0\",\"type\":\"uk.police.purdah.request.received\",\"data\":{\"text\":\""
                + "x".repeat(600) + "\"}}";
        Row template = templateRow(jdbc);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + (long) (maxSeconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Exception> errors = new ConcurrentLinkedQueue<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(jdbc, "intake", "intake");
                        PreparedStatement request = c.prepareStatement(template.insert());
                        PreparedStatement outbox = c.prepareStatement("INSERT INTO bench_outbox (event_id, topic,"
                                + " event_key, payload, created_at) VALUES (?,?,?,?,?)")) {
                    c.setAutoCommit(false);
                    for (int i; (i = next.getAndIncrement()) < count && System.nanoTime() < deadline;) {
                        UUID id = UUID.randomUUID();
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        for (int k = 0; k < template.values().length; k++) {
                            Object value = k == template.id() ? id : k == template.key() ? "jdbc-" + i + "-" + id
                                    : template.values()[k];
                            request.setObject(k + 1, value);
                        }
                        request.executeUpdate();
                        outbox.setObject(1, UUID.randomUUID());
                        outbox.setString(2, "purdah.requests");
                        outbox.setString(3, electionId);
                        outbox.setString(4, payload);
                        outbox.setObject(5, now);
                        outbox.executeUpdate();
                        c.commit();
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    errors.add(e);
                }
            }, "jdbc-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double rate = done.get() / ((System.nanoTime() - start) / 1e9);
        try (Connection c = DriverManager.getConnection(jdbc, "intake", "intake"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_outbox, bench_request");
        }
        if (!errors.isEmpty()) {
            log("JDBC ceiling: %d errors, first: %s", errors.size(), errors.peek().getMessage());
        }
        log("JDBC ceiling: %.0f transactions/s", rate);
        return rate;
    }

    /** A request row intake wrote in the saturation run: every column, so the ceiling writes what intake writes. */
    private record Row(String insert, Object[] values, int id, int key) {
    }

    private static Row templateRow(String jdbc) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "intake", "intake"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM candidate_request ORDER BY received_at DESC LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("intake has no request to copy for the JDBC ceiling");
            }
            java.sql.ResultSetMetaData meta = r.getMetaData();
            List<String> columns = new ArrayList<>();
            Object[] values = new Object[meta.getColumnCount()];
            int id = -1;
            int key = -1;
            for (int k = 0; k < values.length; k++) {
                columns.add(meta.getColumnName(k + 1));
                values[k] = r.getObject(k + 1);
                id = columns.get(k).equals("id") ? k : id;
                key = columns.get(k).equals("idempotency_key") ? k : key;
            }
            String insert = "INSERT INTO bench_request (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            return new Row(insert, values, id, key);
        }
    }

    // ---------------------------------------------------------------- end to end

    /** Latency from intake's 201 to the audit ledger entry and to equality's processing of the same event. */
    private double[] endToEnd(double rate, int count, String label) throws Exception {
        LoadGenerator load = new LoadGenerator(201);
        String run = "e2e" + System.nanoTime();
        LoadGenerator.Run paced = load.paced(requests(run), rate, count, count / rate + 5, 2_000);
        Map<String, Long> answered = new HashMap<>();
        for (LoadGenerator.Answer a : paced.answers()) {
            answered.put(JSON.readTree(a.body()).get("id").asText(), a.answeredEpochMicros());
        }
        // the ledger's entries of these requests, as they arrive (bounded wait)
        Map<String, long[]> seen = new HashMap<>(); // request id -> {ledger received micros, event id hi, lo}
        long waitUntil = System.nanoTime() + 60_000_000_000L;
        try (Connection audit = DriverManager.getConnection(endpoints.jdbc() + "/audit", "audit", "audit")) {
            while (seen.size() < answered.size() && System.nanoTime() < waitUntil) {
                try (PreparedStatement s = audit.prepareStatement("SELECT subject, received_at, event_id FROM"
                        + " ledger_entry WHERE kind = 'request.received' AND election_id = ? AND subject = ANY (?)")) {
                    s.setObject(1, UUID.fromString(electionId));
                    s.setArray(2, audit.createArrayOf("text", answered.keySet().toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            UUID event = r.getObject(3, UUID.class);
                            seen.put(r.getString(1), new long[] { micros(r.getObject(2, OffsetDateTime.class)),
                                    event.getMostSignificantBits(), event.getLeastSignificantBits() });
                        }
                    }
                }
                if (seen.size() < answered.size()) {
                    Thread.sleep(500);
                }
            }
        }
        List<Long> toLedger = new ArrayList<>();
        Map<UUID, String> byEvent = new HashMap<>();
        seen.forEach((request, v) -> {
            toLedger.add(Math.max(0, v[0] - answered.get(request)));
            byEvent.put(new UUID(v[1], v[2]), request);
        });
        List<Long> toParity = new ArrayList<>();
        try (Connection equality = DriverManager.getConnection(endpoints.jdbc() + "/equality", "equality",
                "equality")) {
            Map<UUID, Long> processed = new HashMap<>();
            while (processed.size() < byEvent.size() && System.nanoTime() < waitUntil) {
                try (PreparedStatement s = equality.prepareStatement(
                        "SELECT event_id, processed_at FROM processed_event WHERE event_id = ANY (?)")) {
                    s.setArray(1, equality.createArrayOf("uuid", byEvent.keySet().toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            processed.put(r.getObject(1, UUID.class), micros(r.getObject(2, OffsetDateTime.class)));
                        }
                    }
                }
                if (processed.size() < byEvent.size()) {
                    Thread.sleep(500);
                }
            }
            processed.forEach((event, at) -> toParity.add(Math.max(0, at - answered.get(byEvent.get(event)))));
        }
        Percentiles ledger = new Percentiles(toLedger.stream().mapToLong(Long::longValue).toArray());
        Percentiles parity = new Percentiles(toParity.stream().mapToLong(Long::longValue).toArray());
        String how = String.format(Locale.ROOT, "%d requests sent at %.0f/s, %d answered 201 (%d failed), %d in the"
                + " ledger, %d processed by equality; load average %s", paced.sent(), rate, paced.ok(),
                paced.failed(), ledger.count(), parity.count(), loadAverage());
        if (label.startsWith("at 200")) {
            figures.add(new Figure("Intake", "p50 at 200 requests/s", paced.latency().millis(50), "ms", "",
                    Double.NaN, "", null, how));
            figures.add(new Figure("Intake", "p99 at 200 requests/s", paced.latency().millis(99), "ms", "",
                    Double.NaN, "", null, ""));
            figures.add(new Figure("End to end", "201 → audit ledger entry, p50 " + label, ledger.millis(50), "ms",
                    "", Double.NaN, "", null, how));
            figures.add(new Figure("End to end", "201 → audit ledger entry, p99 " + label, ledger.millis(99), "ms",
                    "", Double.NaN, "p99 ≤ 250 ms", ledger.millis(99) <= 250, ""));
            figures.add(new Figure("End to end", "201 → parity update (equality), p50 " + label, parity.millis(50),
                    "ms", "", Double.NaN, "", null, ""));
            figures.add(new Figure("End to end", "201 → parity update (equality), p99 " + label, parity.millis(99),
                    "ms", "", Double.NaN, "p99 ≤ 250 ms", parity.millis(99) <= 250, ""));
        }
        log("end to end %s: intake p99 %.1f ms; ledger p50 %.1f p99 %.1f ms (%d); parity p50 %.1f p99 %.1f ms (%d)",
                label, paced.latency().millis(99), ledger.millis(50), ledger.millis(99), ledger.count(),
                parity.millis(50), parity.millis(99), parity.count());
        return new double[] { paced.latency().millis(99), ledger.millis(50), ledger.millis(99) };
    }

    private static long micros(OffsetDateTime t) {
        return t.toInstant().getEpochSecond() * 1_000_000 + t.toInstant().getNano() / 1000;
    }

    // ---------------------------------------------------------------- growth

    /** The ledger seeded (by COPY, chained, hashed) up to each size; intake p99 and 201 → ledger at each. */
    private void growth() throws Exception {
        double[] first = null;
        for (int size : settings.ledgerSizes()) {
            long have = ledgerSize();
            if (have < size) {
                long t0 = System.nanoTime();
                seed(size - (int) have);
                log("ledger seeded to %d entries in %.0f s", size, (System.nanoTime() - t0) / 1e9);
            }
            double[] at = endToEnd(settings.pacedRate(), settings.growthRequests(), "with " + size + " entries");
            if (first == null) {
                first = at;
            }
            figures.add(new Figure("Growth", "intake p99 at 200 requests/s, ledger of " + String.format(Locale.ROOT,
                    "%,d", size) + " entries", at[0], "ms", "the same at 10,000 entries", first[0],
                    "flat (ratio ≤ 1.5)", at[0] <= 1.5 * first[0], "load average " + loadAverage()));
            checkpoint.run();
            figures.add(new Figure("Growth", "201 → ledger entry (audit append) p50, ledger of " + String.format(Locale.ROOT,
                    "%,d", size) + " entries", at[1], "ms", "the same at 10,000 entries", first[1],
                    "flat (ratio ≤ 1.5)", at[1] <= 1.5 * first[1], "p99 " + String.format(Locale.ROOT, "%.1f", at[2])
                            + " ms"));
        }
        verifyLedger();
    }

    /**
     * Intake's outbox relay over the 200 requests/s phase and the wait after it: events published per second beside
     * events created per second in the same window, and what was still unpublished at its end.
     */
    private void relay(OffsetDateTime from) throws SQLException {
        try (Connection c = DriverManager.getConnection(endpoints.jdbc() + "/intake", "intake", "intake");
                PreparedStatement s = c.prepareStatement("SELECT"
                        + " count(*) FILTER (WHERE published_at >= ?),"
                        + " count(*) FILTER (WHERE created_at >= ?),"
                        + " count(*) FILTER (WHERE published_at IS NULL),"
                        + " extract(epoch FROM now() - ?) FROM outbox_event")) {
            s.setObject(1, from);
            s.setObject(2, from);
            s.setObject(3, from);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                double seconds = r.getDouble(4);
                double published = r.getLong(1) / seconds;
                double created = r.getLong(2) / seconds;
                long waiting = r.getLong(3);
                figures.add(new Figure("End to end", "intake's outbox relay: events published to Kafka per second",
                        published, "events/s", "events intake created per second in the same window", created,
                        "keeps up: ratio ≥ 1, nothing left waiting", published >= created && waiting == 0,
                        String.format(Locale.ROOT, "over %.0f s from the start of the 200 requests/s phase; %d events"
                                + " still unpublished at its end; load average %s", seconds, waiting, loadAverage())));
                log("relay: %.1f events/s published, %.1f created, %d waiting", published, created, waiting);
            }
        }
    }

    private long ledgerSize() throws SQLException {
        try (Connection c = DriverManager.getConnection(endpoints.jdbc() + "/audit", "audit", "audit");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM ledger_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Appends {@code count} chained entries by COPY, as audit-service's VerificationBench does. */
    private void seed(int count) throws Exception {
        try (Connection c = DriverManager.getConnection(endpoints.jdbc() + "/audit", "postgres", "")) {
            c.setAutoCommit(false);
            long sequence;
            String previous;
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("SELECT pg_advisory_xact_lock(" + AuditChain.LOCK + ")");
                try (ResultSet r = s.executeQuery("SELECT coalesce(max(sequence), 0), "
                        + "(SELECT hash FROM ledger_entry ORDER BY sequence DESC LIMIT 1) FROM ledger_entry")) {
                    r.next();
                    sequence = r.getLong(1);
                    previous = r.getString(2) == null ? ChainHash.GENESIS : r.getString(2);
                }
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY ledger_entry (sequence, event_id, kind, topic, kafka_partition, kafka_offset, type, source,
                        election_id, candidate_id, actor, subject, event_time, received_at, inside_purdah, event,
                        previous_hash, hash) FROM STDIN (FORMAT csv)""");
            UUID election = UUID.randomUUID();
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.MICROS);
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < count; i++) {
                LedgerEntry e = LedgerEntries.entry(++sequence, election, start.plusNanos(i * 1000L), i);
                e.eventId = UUID.randomUUID();
                e.previousHash = previous;
                e.hash = ChainHash.of(e);
                previous = e.hash;
                batch.append(e.sequence).append(',').append(e.eventId).append(',').append(e.kind).append(',')
                        .append(e.topic).append(',').append(e.kafkaPartition).append(',').append(e.kafkaOffset)
                        .append(',').append(e.type).append(',').append(e.source).append(',').append(e.electionId)
                        .append(',').append(e.candidateId).append(',').append(e.actor).append(',').append(e.subject)
                        .append(',').append(e.eventTime).append(',').append(e.receivedAt).append(',')
                        .append(e.insidePurdah).append(",\"").append(e.event.replace("\"", "\"\"")).append("\",")
                        .append(e.previousHash).append(',').append(e.hash).append('\n');
                if (batch.length() > (1 << 20) || i == count - 1) {
                    byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    batch.setLength(0);
                }
            }
            copy.endCopy();
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setval('ledger_entry_sequence_seq', " + sequence + ")");
                s.execute("ANALYZE ledger_entry");
            }
            c.commit();
        }
    }

    /** GET /api/ledger/verification over the whole seeded ledger: the service's own walk, through the database. */
    private void verifyLedger() throws Exception {
        long entries = ledgerSize();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(LoadGenerator.local(URI.create(url.get("audit")
                + "/api/ledger/verification"))).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + Tokens.of("auditor")).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        boolean valid = r.statusCode() == 200 && JSON.readTree(r.body()).path("valid").asBoolean();
        figures.add(new Figure("Audit (service)", String.format(Locale.ROOT, "GET /api/ledger/verification over %,d entries"
                + " (the service, through PostgreSQL)", entries), entries / seconds, "entries/s", "", Double.NaN,
                "≥ 200,000 entries/s", entries / seconds >= 200_000, (valid ? "valid" : "NOT VALID: " + r.body())
                        + String.format(Locale.ROOT, ", %.1f s; load average %s", seconds, loadAverage())));
        log("verification over %d entries: %.1f s, %s", entries, seconds, r.body());
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "BENCH " + format + "%n", args);
    }
}
