package uk.police.purdah.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Copies of the chain head kept outside the database (AUD-3), so that a rewrite of the chain from
 * some entry to its end, which recomputes every hash and so verifies on its own, is still seen:
 * one line {@code <sequence> <hash> <time>} appended to a file, and the same as a log line of the
 * category {@code purdah.audit.checkpoint} for the log store. Every
 * {@code purdah.audit.checkpoint.interval} the head this service last appended is written, if it
 * has not been yet: a hash the service computed itself, not one read back from the database; and
 * after each verification that found the chain valid, the head it walked to.
 * {@link ChainVerifier} compares the chain with the file.
 */
@ApplicationScoped
public class ChainCheckpoints {

    /** One checkpoint: the hash the entry with that sequence had at that time. */
    public record Checkpoint(long sequence, String hash, Instant at) {

        static Checkpoint parse(String line) {
            String[] parts = line.trim().split(" ");
            return new Checkpoint(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]));
        }
    }

    private static final Logger LOG = Logger.getLogger("purdah.audit.checkpoint");

    private final Path file;
    private final Clock clock;
    private long lastSequence;
    private long appendedSequence;
    private String appendedHash;

    public ChainCheckpoints(@ConfigProperty(name = "purdah.audit.checkpoint.file") Path file, Clock clock) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
    }

    /** After an append has committed: the head to write at the next {@link #flush}. */
    public synchronized void appended(long sequence, String hash) {
        if (sequence > appendedSequence) {
            appendedSequence = sequence;
            appendedHash = hash;
        }
    }

    /** Writes the head this service last appended, unless a checkpoint already covers it. */
    @Scheduled(every = "${purdah.audit.checkpoint.interval}", delayed = "${purdah.audit.checkpoint.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void flush() {
        if (appendedSequence > lastSequence) {
            write(appendedSequence, appendedHash);
        }
    }

    /** A checkpoint of a head that has just been verified. */
    public synchronized void verified(long sequence, String hash) {
        if (sequence > 0) {
            write(sequence, hash);
        }
    }

    /**
     * The checkpoints in the file as it is now, in ascending sequence (a line that goes back in
     * sequence is skipped); to be closed. Lines appended after this call are not read, so a walk that
     * starts afterwards sees every entry these checkpoints name. Empty when there is no file yet.
     */
    public Stream<Checkpoint> read() {
        if (!Files.exists(file)) {
            return Stream.empty();
        }
        try {
            long size = Files.size(file);
            long[] bytesRead = {0};
            long[] highest = {0};
            return Files.lines(file, StandardCharsets.US_ASCII)
                    .takeWhile(line -> (bytesRead[0] += line.length() + 1) <= size)
                    .filter(line -> !line.isBlank()).map(Checkpoint::parse)
                    .filter(checkpoint -> {
                        boolean ascending = checkpoint.sequence() > highest[0];
                        highest[0] = Math.max(highest[0], checkpoint.sequence());
                        return ascending;
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoints in " + file, e);
        }
    }

    private void write(long sequence, String hash) {
        if (sequence <= lastSequence) {
            return;
        }
        Instant now = clock.instant();
        String line = sequence + " " + hash + " " + now + "\n";
        LOG.infof("ledger checkpoint sequence=%d hash=%s", sequence, hash);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
            lastSequence = sequence;
        } catch (IOException e) {
            // the ledger itself is safe; a missing checkpoint only weakens detection, so say so loudly
            LOG.errorf("could not write the checkpoint of entry %d to %s: %s", sequence, file, e.getMessage());
        }
    }
}
