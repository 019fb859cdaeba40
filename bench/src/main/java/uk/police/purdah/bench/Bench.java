package uk.police.purdah.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import com.sun.net.httpserver.HttpServer;

import uk.police.purdah.audit.chain.ChainBench;
import uk.police.purdah.audit.mapping.CsvExportBench;
import uk.police.purdah.publication.anonymiser.AnonymiserBench;

/**
 * Issue 10: runs every benchmark and writes {@code performance.md} and {@code performance.csv}.
 * <ul>
 * <li>{@code --out=DIR} where to write (the full run: the repository's {@code docs/});</li>
 * <li>{@code --root=DIR} the repository (the packaged services and devstack are found there);</li>
 * <li>{@code --smoke}: every micro-benchmark once, short, in this JVM, small inputs, and the load generator against
 * a stub on 127.0.0.1 instead of the suite (what the default build runs: it checks each benchmark gives a figure,
 * not how fast);</li>
 * <li>{@code --only=micro} or {@code --only=suite}: one half; {@code --quick}: a short load on the suite.</li>
 * </ul>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = java.util.Arrays.stream(args)
                .flatMap(a -> java.util.Arrays.stream(a.trim().split("\\s+"))).filter(a -> !a.isEmpty())
                .map(a -> a.replaceFirst("^--", "").split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a.length > 1 ? a[1] : "true"));
        boolean smoke = options.containsKey("smoke");
        Path out = Path.of(options.getOrDefault("out", "target/bench"));
        Path root = Path.of(options.getOrDefault("root", "..")).toAbsolutePath().normalize();
        String only = options.getOrDefault("only", "all");
        SuiteBench.Settings settings = options.containsKey("quick") ? SuiteBench.Settings.quick()
                : options.containsKey("busy") ? SuiteBench.Settings.busy() : SuiteBench.Settings.full();
        if (only.equals("report")) { // the tables again from docs/performance.csv, with the current notes
            Report.write(out, Report.merged(out, List.of()), String.format(Locale.ROOT, "%d cores, %s, Java %s;"
                    + " the load average when each figure was measured is in its note", Runtime.getRuntime()
                            .availableProcessors(), cpuModel(), System.getProperty("java.version")), COMMAND);
            return;
        }
        List<Figure> figures = run(smoke, !only.equals("micro") ? settings : null, !only.equals("suite"), root, out);
        System.out.println("BENCH wrote " + out.resolve("performance.md") + " with " + figures.size() + " figures");
        System.exit(0); // HTTP clients' and JMH's threads must not keep the command waiting
    }

    static List<Figure> run(boolean smoke, Path root, Path out) throws Exception {
        return run(smoke, null, true, root, out);
    }

    /** @param suite how much load to put on the suite, null for none (then the load generator meets a stub). */
    static List<Figure> run(boolean smoke, SuiteBench.Settings suite, boolean micro, Path root, Path out)
            throws Exception {
        List<Figure> figures = new ArrayList<>();
        String loadBefore = SuiteBench.loadAverage();
        Path work = Files.createDirectories(root.resolve("bench/target/bench-work"));
        if (micro) {
            anonymiser(smoke, figures);
            chain(smoke, figures);
            csv(smoke, work, figures);
        }
        if (suite != null && !smoke) {
            try {
                boolean both = micro;
                new SuiteBench(root, suite, figures).afterEachStage(() -> {
                    try {
                        Report.write(out, both ? figures : Report.merged(out, figures), machine(smoke, loadBefore),
                                COMMAND);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).run();
            } catch (Exception | AssertionError e) { // keep what was measured, and say what failed
                e.printStackTrace();
                figures.add(new Figure("Suite", "the run against the suite stopped", Double.NaN, "", "", Double.NaN,
                        "", false, String.valueOf(e.getMessage()).replace('\n', ' ')));
            }
        } else if (smoke) {
            loadGeneratorAgainstStub(figures);
        }
        Report.write(out, smoke || (micro && suite != null) ? figures : Report.merged(out, figures),
                machine(smoke, loadBefore), smoke ? "Bench --smoke (the default build)" : COMMAND);
        return figures;
    }

    static final String COMMAND = "./mvnw -B -Pbench -Dimages.skip -DskipTests verify -pl bench -am";

    private static String machine(boolean smoke, String loadBefore) {
        return String.format(Locale.ROOT, "%d cores, %s, Java %s; load average %s at the start and %s at the"
                + " end (other helpers' builds share the cores%s)", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), loadBefore, SuiteBench.loadAverage(),
                smoke ? "; SMOKE RUN: tiny inputs and iterations, the figures mean nothing" : "");
    }

    private static ChainedOptionsBuilder jmh(boolean smoke, Class<?> benchmark) {
        ChainedOptionsBuilder o = new OptionsBuilder().include(benchmark.getName() + "\\.").shouldFailOnError(true);
        if (smoke) {
            o.forks(0).warmupIterations(1).measurementIterations(1).warmupTime(TimeValue.milliseconds(50))
                    .measurementTime(TimeValue.milliseconds(100));
        }
        return o;
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static Optional<RunResult> find(Collection<RunResult> results, String method, String param, String value) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .filter(r -> param == null || value.equals(r.getParams().getParam(param))).findFirst();
    }

    private static double score(Collection<RunResult> results, String method, String param, String value) {
        return find(results, method, param, value).map(r -> r.getPrimaryResult().getScore()).orElse(Double.NaN);
    }

    static void anonymiser(boolean smoke, List<Figure> figures) throws RunnerException {
        List<String> sizes = smoke ? List.of("1024", "2048") : List.of("1024", "2048", "8192", "32768");
        ChainedOptionsBuilder o = jmh(smoke, AnonymiserBench.class).param("size", sizes.toArray(String[]::new));
        if (!smoke) {
            o.warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> r = run(o);
        double ceiling = score(r, "ceilingFoldedReading", "names", "20");
        double small = score(r, "redact", "names", "20");
        double large = score(r, "redact", "names", "2000");
        String load = "one thread, wall clock; load average " + SuiteBench.loadAverage();
        figures.add(new Figure("Anonymiser", "2 KB documents, registry of 20 names", small, "documents/s/core",
                "folded reading of the same text (Text.of)", ceiling, "≥ 5,000 documents/s/core", small >= 5000, load));
        figures.add(new Figure("Anonymiser", "2 KB documents, registry of 2,000 names", large, "documents/s/core",
                "folded reading of the same text (Text.of)", ceiling, "≥ 5,000 documents/s/core", large >= 5000, ""));
        figures.add(new Figure("Anonymiser", "registry of 2,000 names against 20 (flatness)", large, "documents/s/core",
                "registry of 20 names", small, "nearly flat: ratio ≥ 0.8", large >= 0.8 * small, ""));
        double base = score(r, "redactBySize", "size", "2048") * 2048;
        for (String size : sizes) {
            double bytesPerSecond = score(r, "redactBySize", "size", size) * Integer.parseInt(size);
            figures.add(new Figure("Anonymiser", "document of " + Integer.parseInt(size) / 1024 + " KB, 20 names",
                    bytesPerSecond / 1024, "KB/s/core", "the same at 2 KB", base / 1024,
                    "linear in size: ratio 0.7 to 1.3", bytesPerSecond >= 0.7 * base && bytesPerSecond <= 1.3 * base,
                    String.format(Locale.ROOT, "%.0f documents/s", score(r, "redactBySize", "size", size))));
        }
    }

    static void chain(boolean smoke, List<Figure> figures) throws RunnerException {
        int entries = smoke ? 2_000 : 1_000_000;
        ChainedOptionsBuilder o = jmh(smoke, ChainBench.class).param("entries", String.valueOf(entries));
        if (!smoke) {
            o.warmupIterations(1).measurementIterations(3);
        }
        Collection<RunResult> r = run(o);
        double walk = entries / (score(r, "walk", null, null) / 1000);
        double sha = entries / (score(r, "sha256", null, null) / 1000);
        double reference = Math.min(ChainBench.REFERENCE, entries) / (score(r, "walkReferenceHash", null, null) / 1000);
        String load = "load average " + SuiteBench.loadAverage();
        figures.add(new Figure("Audit", String.format(Locale.ROOT, "chain verification walk over %,d entries", entries),
                walk, "entries/s", "SHA-256 over the same canonical bytes", sha,
                "≥ 200,000 entries/s and ≥ 0.5 × ceiling", walk >= 200_000 && walk >= 0.5 * sha,
                "in memory: ChainVerifier's per-entry checks, one thread; " + load));
        figures.add(new Figure("Audit", "the same walk hashing as before issue 10 (Jackson tree + JsonCanonicalizer)",
                reference, "entries/s", "the walk now", walk, "", null, String.format(Locale.ROOT,
                        "first %,d entries; the speed-up is 1 / ratio", Math.min(ChainBench.REFERENCE, entries))));
    }

    static void csv(boolean smoke, Path work, List<Figure> figures) throws RunnerException, IOException {
        int entries = smoke ? 2_000 : 1_000_000;
        ChainedOptionsBuilder o = jmh(smoke, CsvExportBench.class).param("entries", String.valueOf(entries))
                .jvmArgsAppend("-Xmx256m", "-Dbench.peak.dir=" + work); // (replaces the annotation's arguments)
        if (smoke) {
            System.setProperty("bench.peak.dir", work.toString());
        } else {
            o.warmupIterations(1).measurementIterations(3);
        }
        Collection<RunResult> r = run(o);
        double export = entries / (score(r, "export", null, null) / 1000);
        double ceiling = entries / (score(r, "ceilingWrite", null, null) / 1000);
        double peakMb = Double.NaN;
        double maxMb = Double.NaN;
        Path peak = work.resolve("peak-export.txt");
        if (Files.exists(peak)) {
            String[] v = Files.readString(peak).trim().split(" ");
            peakMb = Long.parseLong(v[0]) / 1048576.0;
            maxMb = Long.parseLong(v[1]) / 1048576.0;
        }
        figures.add(new Figure("Audit", String.format(Locale.ROOT, "CSV export of %,d entries (LedgerCsv)", entries),
                export, "entries/s", "the same bytes, rendered beforehand, through the same writers", ceiling, "", null,
                "load average " + SuiteBench.loadAverage()));
        figures.add(new Figure("Audit", "CSV export: peak heap", peakMb, "MB", "the JVM's maximum heap", maxMb,
                "bounded: streams, peak well under the maximum", peakMb < 0.9 * maxMb,
                "sum of the heap pools' peaks during the export"));
    }

    /** The smoke of the load generator: a stub on 127.0.0.1 that answers 201, at saturation and paced. */
    static void loadGeneratorAgainstStub(List<Figure> figures) throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/requests", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"id\":\"x\"}".getBytes();
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/requests");
            IntFunction<LoadGenerator.Call> calls = i -> new LoadGenerator.Call(uri, "{\"i\":" + i + "}",
                    "Content-Type", "application/json");
            LoadGenerator load = new LoadGenerator(201);
            LoadGenerator.Run saturated = load.saturate(calls, 4, 300, 10);
            LoadGenerator.Run paced = load.paced(calls, 100, 50, 5, 100);
            figures.add(new Figure("Load generator (smoke, stub server)", "saturation", saturated.rate(), "requests/s",
                    "", Double.NaN, "", null, "p99 " + saturated.latency().millis(99) + " ms"));
            figures.add(new Figure("Load generator (smoke, stub server)", "paced at 100/s", paced.rate(), "requests/s",
                    "", Double.NaN, "", null, "p99 " + paced.latency().millis(99) + " ms"));
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
