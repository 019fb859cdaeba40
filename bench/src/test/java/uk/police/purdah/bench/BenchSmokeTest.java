package uk.police.purdah.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 10: the one-minute smoke of the benchmark command that the default build runs. Every micro-benchmark runs
 * once, short, on small inputs, in this JVM, and the load generator runs against a stub on 127.0.0.1 (the suite
 * itself is only started by the full run). It asserts that each benchmark produced a figure and that the report
 * was written, never a timing: the build machines are shared and noisy.
 */
class BenchSmokeTest {

    @Test
    void everyBenchmarkProducesAFigureAndTheReportIsWritten() throws Exception {
        Path out = Path.of("target/bench-smoke");
        List<Figure> figures = Bench.run(true, Path.of("..").toAbsolutePath().normalize(), out);

        assertThat(figures).extracting(Figure::area).contains("Anonymiser", "Audit",
                "Load generator (smoke, stub server)");
        assertThat(figures).as("every figure was produced").allSatisfy(f -> assertThat(f.produced())
                .as(f.area() + ": " + f.name()).isTrue());
        assertThat(figures.stream().filter(f -> !Double.isNaN(f.ceiling())))
                .as("every ceiling was produced").allSatisfy(f -> assertThat(f.ceiling()).as(f.name()).isPositive());
        assertThat(figures).hasSizeGreaterThanOrEqualTo(11);
        String md = Files.readString(out.resolve("performance.md"));
        assertThat(md).contains("## Anonymiser", "## Audit", "| figure | value | ceiling (same run) | ratio | goal |");
        assertThat(Files.readAllLines(out.resolve("performance.csv"))).hasSize(figures.size() + 1);
    }

    @Test
    void theLoadGeneratorSendsOnlyToLocalhost() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadGenerator.local(
                java.net.URI.create("http://example.org/api/requests"))).isInstanceOf(IllegalArgumentException.class);
    }
}
