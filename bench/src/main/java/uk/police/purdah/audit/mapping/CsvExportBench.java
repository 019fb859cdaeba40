package uk.police.purdah.audit.mapping;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import uk.police.purdah.audit.chain.LedgerEntries;
import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.retention.LedgerRetention;

/**
 * Issue 10, AUD-4: a CSV export of {@code entries} ledger entries through {@link LedgerCsv}, written as the
 * service writes it (BufferedWriter over a UTF-8 OutputStreamWriter) to a stream that counts and drops the
 * bytes, in a JVM of 256 MB heap: the export streams, so its peak heap stays bounded whatever the count. The
 * ceiling is the same bytes, rendered beforehand, through the same writers. The rows cycle through 1,024
 * distinct entries (each with its own sequence), so the entries themselves take no heap.
 * Peak heap (sum of the heap pools' peaks, reset before each iteration) is written to
 * {@code bench.peak.dir}/peak-&lt;benchmark&gt;.txt.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx256m" })
public class CsvExportBench {

    @State(Scope.Benchmark)
    public static class Export {
        @Param({ "1000000" })
        public int entries;
        LedgerEntry[] pool;
        String[] rendered;
        final LedgerRetention retention = new LedgerRetention("P7Y");
        long peak;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            pool = LedgerEntries.chain(1024);
            rendered = new String[pool.length];
            for (int i = 0; i < pool.length; i++) {
                StringWriter row = new StringWriter();
                LedgerCsv.row(row, pool[i], retention);
                rendered[i] = row.toString();
            }
        }

        @Setup(Level.Iteration)
        public void resetPeak() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        @TearDown(Level.Iteration)
        public void readPeak() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getPeakUsage().getUsed();
                }
            }
            peak = Math.max(peak, used);
        }

        @TearDown(Level.Trial)
        public void writePeak(BenchmarkParams params) throws IOException {
            String dir = System.getProperty("bench.peak.dir");
            if (dir != null) {
                String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
                Files.writeString(Path.of(dir, "peak-" + method + ".txt"),
                        peak + " " + Runtime.getRuntime().maxMemory() + "\n");
            }
        }
    }

    /** Counts and drops what is written, as a client reading the export would. */
    static final class Sink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Benchmark
    public long export(Export export) throws IOException {
        Sink sink = new Sink();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            LedgerCsv.header(out);
            for (int i = 0; i < export.entries; i++) {
                LedgerEntry e = export.pool[i & 1023];
                e.sequence = (long) i + 1;
                LedgerCsv.row(out, e, export.retention);
            }
        }
        return sink.bytes;
    }

    /** The ceiling: the same rows, already rendered, through the same writers. */
    @Benchmark
    public long ceilingWrite(Export export) throws IOException {
        Sink sink = new Sink();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            LedgerCsv.header(out);
            for (int i = 0; i < export.entries; i++) {
                out.write(export.rendered[i & 1023]);
            }
        }
        return sink.bytes;
    }
}
