package uk.police.purdah.audit.chain;

import java.security.MessageDigest;
import java.util.Collections;
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
import org.openjdk.jmh.infra.Blackhole;

import uk.police.purdah.audit.model.LedgerEntry;

/**
 * Issue 10, AUD-3: the verification walk over {@code entries} chained ledger entries (the checks the service
 * makes per entry: link, hash of the content, checkpoints), beside its ceiling in the same run: plain SHA-256
 * over the same canonical bytes. One operation is the whole walk; entries per second is {@code entries} divided
 * by its time. {@link #walkReferenceHash} walks the first {@code REFERENCE} entries hashing them the way the
 * service did before issue 10 (a Jackson tree printed and canonicalised again), for the speed-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx5g", "-XX:+UseParallelGC" })
public class ChainBench {

    public static final int REFERENCE = 20_000;

    /** The chained entries the walk reads (about 2 GB for a million: each benchmark runs in a JVM of its own). */
    @State(Scope.Benchmark)
    public static class Ledger {
        @Param({ "1000000" })
        public int entries;
        LedgerEntry[] chain;

        @Setup(Level.Trial)
        public void setUp() {
            chain = LedgerEntries.chain(entries);
        }
    }

    /** The canonical bytes of the same entries, made from the same chain, which is then let go. */
    @State(Scope.Benchmark)
    public static class Bytes {
        @Param({ "1000000" })
        public int entries;
        byte[][] canonical;

        @Setup(Level.Trial)
        public void setUp() {
            LedgerEntry[] chain = LedgerEntries.chain(entries);
            canonical = new byte[entries][];
            for (int i = 0; i < entries; i++) {
                canonical[i] = ChainHash.canonical(chain[i]);
                chain[i] = null;
            }
        }
    }

    /** The first {@link #REFERENCE} entries of the same chain. */
    @State(Scope.Benchmark)
    public static class Head {
        @Param({ "1000000" })
        public int entries;
        LedgerEntry[] chain;

        @Setup(Level.Trial)
        public void setUp() {
            chain = LedgerEntries.chain(Math.min(REFERENCE, entries));
        }
    }

    /** The walk ChainVerifier makes, without the database: entries per second = entries / time. */
    @Benchmark
    public long walk(Ledger ledger) {
        ChainVerifier.Walk walk = new ChainVerifier.Walk(Collections.emptyIterator());
        for (LedgerEntry entry : ledger.chain) {
            walk.step(entry);
        }
        walk.end();
        if (walk.broken != null) {
            throw new IllegalStateException(walk.reason);
        }
        return walk.entries;
    }

    /** The ceiling: SHA-256 over the same canonical bytes, nothing else. */
    @Benchmark
    public void sha256(Bytes ledger, Blackhole out) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] bytes : ledger.canonical) {
            out.consume(sha.digest(bytes));
        }
    }

    /** The hash as it was computed before issue 10, on the first {@link #REFERENCE} entries. */
    @Benchmark
    public void walkReferenceHash(Head ledger, Blackhole out) {
        int n = ledger.chain.length;
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < n; i++) {
            LedgerEntry entry = ledger.chain[i];
            if (!previous.equals(entry.previousHash) || !ChainHash.reference(entry).equals(entry.hash)) {
                throw new IllegalStateException("entry " + entry.sequence);
            }
            previous = entry.hash;
        }
        out.consume(previous);
    }
}
