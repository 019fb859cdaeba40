package uk.police.purdah.audit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.audit.LedgerDatabase;
import uk.police.purdah.audit.chain.AuditChain;
import uk.police.purdah.audit.chain.ChainHash;
import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * Not run by default (tag {@code bench}). Loads {@code bench.entries} (default 1,000,000)
 * realistic entries, chained, then times the verification walk and a full CSV export through
 * HTTP. Run with a small heap to show both stream in constant memory:
 *
 * <pre>
 * ./mvnw -B -o test -pl audit-service -Dgroups=bench -Daudit.excludedGroups=none -Dtest=VerificationBench \
 *     -DargLine=-Xmx256m
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
@Tag("bench")
class VerificationBench {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);

    @TestHTTPResource("/")
    URL root;

    @Test
    void verifiesAndExportsAMillionEntries() throws Exception {
        long loadStart = System.nanoTime();
        load(ENTRIES);
        double loadSeconds = seconds(loadStart);
        System.out.printf("BENCH loaded %,d entries (hashing each) in %.1f s, max heap %d MB%n", ENTRIES,
                loadSeconds, Runtime.getRuntime().maxMemory() >> 20);

        HttpClient http = HttpClient.newHttpClient();
        String base = root.toString().replaceAll("/$", "");
        String token = Tokens.of("auditor");

        long verifyStart = System.nanoTime();
        HttpResponse<String> verification = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/ledger/verification")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        double verifySeconds = seconds(verifyStart);
        System.out.printf("BENCH verification: %s in %.1f s = %,.0f entries/s%n", verification.body(), verifySeconds,
                ENTRIES / verifySeconds);
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(verification.body()).get("valid").asBoolean()).isTrue();

        long exportStart = System.nanoTime();
        HttpResponse<InputStream> export = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ledger"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        try (InputStream body = export.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) > 0;) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double exportSeconds = seconds(exportStart);
        System.out.printf("BENCH CSV export: %,d bytes, %,d lines in %.1f s = %,.0f entries/s%n", bytes, lines,
                exportSeconds, ENTRIES / exportSeconds);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(lines).isGreaterThan(ENTRIES);
    }

    /** Appends entries as the service would, but by COPY, with the append lock held and row triggers off. */
    private static void load(int count) throws Exception {
        try (Connection c = LedgerDatabase.asSuperuser()) {
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
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < count; i++) {
                LedgerEntry e = entry(++sequence, election, start.plusNanos(i * 1000L), i);
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
            }
            c.commit();
        }
    }

    private static LedgerEntry entry(long sequence, UUID election, OffsetDateTime time, int i) {
        UUID candidate = new UUID(election.getMostSignificantBits(), i % 7);
        EventEnvelope event = EventEnvelope.wrap(new RequestReceived(election, UUID.randomUUID(), candidate,
                RequestKind.INFORMATION, Channel.FORCE_INTRANET, "officer-" + (i % 50), time, "PCSO numbers " + i,
                "How many PCSOs serve Breckland, and how many of them work nights?", LocalDate.of(2026, 7, 1), true),
                "intake-service", "officer-" + (i % 50), Clock.fixed(time.toInstant(), ZoneOffset.UTC));
        LedgerEntry e = new LedgerEntry();
        e.sequence = sequence;
        e.eventId = event.id();
        e.kind = "request.received";
        e.topic = "purdah.requests";
        e.kafkaPartition = 0;
        e.kafkaOffset = (long) i;
        e.type = event.type();
        e.source = event.source();
        e.electionId = election;
        e.candidateId = candidate;
        e.actor = event.actor();
        e.subject = event.subject();
        e.eventTime = time;
        e.receivedAt = time;
        e.insidePurdah = true;
        e.event = EventCodec.encode(event);
        return e;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
