package uk.police.purdah.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.police.purdah.audit.chain.ChainCheckpoints.Checkpoint;

/** Checkpoints of the head outside the database (AUD-3). */
class ChainCheckpointsTest {

    @TempDir
    Path dir;

    @Test
    void AUD_3_theLastAppendedHeadIsWrittenOnceAndReadBackInOrder() throws Exception {
        Path file = dir.resolve("sub/checkpoints.log");
        ChainCheckpoints checkpoints = new ChainCheckpoints(file, Clock.systemUTC());
        assertThat(checkpoints.read()).isEmpty();

        checkpoints.appended(3, "c".repeat(64));
        checkpoints.appended(2, "b".repeat(64)); // an older append committing late changes nothing
        checkpoints.flush();
        checkpoints.flush(); // nothing new: nothing written
        checkpoints.verified(3, "c".repeat(64)); // already covered
        checkpoints.verified(9, "9".repeat(64));
        Files.writeString(file, "5 " + "5".repeat(64) + " 2026-01-01T00:00:00Z\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(Files.readAllLines(file)).hasSize(3).first().asString().startsWith("3 " + "c".repeat(64) + " ");
        try (Stream<Checkpoint> read = checkpoints.read()) {
            assertThat(read.map(Checkpoint::sequence)).as("a line that goes back in sequence is skipped")
                    .containsExactly(3L, 9L);
        }
        try (Stream<Checkpoint> read = checkpoints.read()) {
            checkpoints.verified(12, "1".repeat(64)); // written after the walk began: not the walk's business
            assertThat(read.map(Checkpoint::sequence)).containsExactly(3L, 9L);
        }
    }
}
