package uk.police.purdah.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.audit.chain.AuditChain;
import uk.police.purdah.audit.chain.ChainHash;
import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/**
 * The hash chain against real Kafka, PostgreSQL and OIDC: kept once and linked (AUD-1), guarded
 * by the database (AUD-2), and verified so that each kind of tampering is named at the exact
 * entry (AUD-3). Tampering is done as the superuser with triggers bypassed, and undone in the same
 * test, so the ledger the other tests see is whole.
 */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class AuditChainTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static EventStream kafka;

    @Inject
    AuditChain chain;

    @ConfigProperty(name = "purdah.audit.checkpoint.file")
    Path checkpointFile;

    private UUID electionId;

    @BeforeAll
    static void connect() {
        kafka = new EventStream();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void aFreshElection() {
        electionId = UUID.randomUUID();
    }

    @Test
    void AUD_1_eachEventIsKeptOnceAndChainedToTheEntryBeforeIt() throws Exception {
        EventEnvelope first = event("officer-1");
        EventEnvelope second = event("officer-2");
        kafka.send(first);
        kafka.send(first); // redelivered
        kafka.send(second);
        kafka.send(first); // replayed
        long secondSequence = awaitKept(second);
        long firstSequence = LedgerDatabase.sequenceOf(first.id());
        assertThat(LedgerDatabase.count("event_id = ?", first.id())).isEqualTo(1);
        assertThat(LedgerDatabase.count("election_id = ?", electionId)).isEqualTo(2);

        try (Connection c = LedgerDatabase.asApplication()) {
            List<LedgerEntry> entries = LedgerDatabase.entriesFrom(c, 1);
            for (int i = 0; i < entries.size(); i++) {
                LedgerEntry entry = entries.get(i);
                assertThat(entry.previousHash).as("previous hash of %d", entry.sequence)
                        .isEqualTo(i == 0 ? ChainHash.GENESIS : entries.get(i - 1).hash);
                assertThat(entry.hash).as("hash of %d", entry.sequence).isEqualTo(ChainHash.of(entry));
            }
            LedgerEntry kept = entries.stream().filter(e -> e.sequence == firstSequence).findFirst().orElseThrow();
            assertThat(kept.actor).isEqualTo("officer-1");
            assertThat(kept.kind).isEqualTo("request.received");
            assertThat(kept.insidePurdah).isTrue();
            assertThat(kept.eventTime).isNotNull();
            assertThat(kept.receivedAt).isNotNull();
        }
        assertThat(secondSequence).isGreaterThan(firstSequence);
        verification().body("valid", equalTo(true)).body("firstBrokenSequence", nullValue());
    }

    @Test
    void AUD_1_appendsFromManyThreadsKeepTheChainLinear() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                appends.add(threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> chain.append(read()))));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(LedgerDatabase.count("actor = 'concurrent-reader'")).isGreaterThanOrEqualTo(60);
        assertThat(LedgerDatabase.count("true")).as("no two entries claim the same predecessor")
                .isEqualTo(countDistinctPreviousHashes());
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_1_theDatabaseRefusesAnEntryThatDoesNotExtendTheHead() throws Exception {
        try (Connection c = LedgerDatabase.asApplication(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("""
                    INSERT INTO ledger_entry (sequence, event_id, kind, event_time, received_at, inside_purdah, raw,
                        previous_hash, hash)
                    VALUES (nextval('ledger_entry_sequence_seq'), gen_random_uuid(), 'forged', now(), now(), false,
                        'x', repeat('0', 64), repeat('f', 64))"""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("does not extend the chain");
        }
    }

    @Test
    void AUD_2_theApplicationsUserCannotChangeARow() throws Exception {
        EventEnvelope event = event("officer-1");
        kafka.send(event);
        long sequence = awaitKept(event);
        String hash = LedgerDatabase.hashOf(sequence);
        try (Connection c = LedgerDatabase.asApplication(); Statement s = c.createStatement()) {
            for (String change : List.of("UPDATE ledger_entry SET actor = 'mallory' WHERE sequence = " + sequence,
                    "DELETE FROM ledger_entry WHERE sequence = " + sequence,
                    "UPDATE ledger_entry SET actor = actor WHERE false",
                    "TRUNCATE ledger_entry")) {
                assertThatThrownBy(() -> s.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only")
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
        assertThat(LedgerDatabase.hashOf(sequence)).isEqualTo(hash);
        assertThat(LedgerDatabase.count("sequence = ? AND actor = 'officer-1'", sequence)).isEqualTo(1);
    }

    @Test
    void AUD_2_theProductionAppRoleCanOnlyReadAndAppend() throws Exception {
        // production: the service logs in as audit_app, granted what V2__hash_chain.sql grants it
        try (Connection c = LedgerDatabase.asSuperuser(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audit_app') THEN "
                    + "CREATE ROLE audit_app LOGIN PASSWORD 'audit_app'; END IF; END $$");
        }
        try (Connection c = LedgerDatabase.asApplication(); Statement s = c.createStatement()) {
            s.execute("GRANT SELECT, INSERT ON ledger_entry TO audit_app");
            s.execute("GRANT USAGE ON SEQUENCE ledger_entry_sequence_seq TO audit_app");
        }
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = java.sql.DriverManager.getConnection(url, "audit_app", "audit_app");
                Statement s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT count(*) FROM ledger_entry")) {
                assertThat(r.next()).isTrue();
            }
            for (String change : List.of("UPDATE ledger_entry SET actor = 'mallory'", "DELETE FROM ledger_entry",
                    "TRUNCATE ledger_entry", "ALTER TABLE ledger_entry DISABLE TRIGGER ALL",
                    "DROP TABLE ledger_entry")) {
                assertThatThrownBy(() -> s.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
    }

    @Test
    void AUD_2_noApiChangesTheLedger() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            given().auth().oauth2(Tokens.of("auditor")).contentType("application/json").body("{}")
                    .request(method, "/api/ledger").then().statusCode(405);
            given().auth().oauth2(Tokens.of("auditor")).contentType("application/json").body("{}")
                    .request(method, "/api/ledger/head").then().statusCode(405);
        }
    }

    @Test
    void AUD_3_aChangedPayloadIsNamed() throws Exception {
        long[] s = threeEntries();
        LedgerDatabase.save(s[1]);
        LedgerDatabase.tamper("UPDATE ledger_entry SET event = jsonb_set(event, '{data,subject}', '\"changed\"') "
                + "WHERE sequence = " + s[1]);
        assertBrokenAt(s[1], "has changed");
        LedgerDatabase.restore();
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_3_aChangedHashIsNamed() throws Exception {
        long[] s = threeEntries();
        LedgerDatabase.save(s[1]);
        LedgerDatabase.tamper("UPDATE ledger_entry SET hash = repeat('a', 64) WHERE sequence = " + s[1]);
        assertBrokenAt(s[1], "has changed");
        LedgerDatabase.restore();
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_3_aDeletedRowIsNamedAtTheEntryAfterIt() throws Exception {
        long[] s = threeEntries();
        LedgerDatabase.save(s[1]);
        LedgerDatabase.tamper("DELETE FROM ledger_entry WHERE sequence = " + s[1]);
        long after = LedgerDatabase.nextSequenceAfter(s[1]);
        assertBrokenAt(after, "does not follow");
        LedgerDatabase.restore();
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_3_anInsertedRowIsNamed() throws Exception {
        EventEnvelope first = event("officer-1");
        kafka.send(first);
        long before = awaitKept(first);
        long gap = LedgerDatabase.nextval(); // a sequence number no entry will have
        EventEnvelope second = event("officer-1");
        kafka.send(second);
        awaitKept(second);
        long after = LedgerDatabase.nextSequenceAfter(gap);
        LedgerDatabase.save(after);

        // a careful forger: the row links to the one before it and its hash is right for its content
        LedgerEntry forged = new LedgerEntry();
        forged.sequence = gap;
        forged.eventId = UUID.randomUUID();
        forged.kind = "dealing.recorded";
        forged.actor = "mallory";
        forged.eventTime = OffsetDateTime.parse("2026-06-01T09:00:00Z");
        forged.receivedAt = forged.eventTime;
        forged.raw = "a meeting that never happened";
        forged.previousHash = LedgerDatabase.hashOf(LedgerDatabase.previousSequence(gap));
        forged.hash = ChainHash.of(forged);
        LedgerDatabase.tamper("""
                INSERT INTO ledger_entry (sequence, event_id, kind, actor, event_time, received_at, inside_purdah,
                    raw, previous_hash, hash)
                VALUES (%d, '%s', '%s', '%s', '%s', '%s', false, '%s', '%s', '%s')""".formatted(forged.sequence,
                forged.eventId, forged.kind, forged.actor, forged.eventTime, forged.receivedAt, forged.raw,
                forged.previousHash, forged.hash));
        assertThat(before).isLessThan(gap);
        assertBrokenAt(after, "does not follow entry " + gap);
        LedgerDatabase.restore(gap);
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_3_twoSwappedRowsAreNamedAtTheFirst() throws Exception {
        long[] s = threeEntries();
        LedgerDatabase.save(s[0], s[2]);
        LedgerDatabase.tamper("UPDATE ledger_entry SET sequence = -1 WHERE sequence = " + s[0],
                "UPDATE ledger_entry SET sequence = " + s[0] + " WHERE sequence = " + s[2],
                "UPDATE ledger_entry SET sequence = " + s[2] + " WHERE sequence = -1");
        assertBrokenAt(s[0], "does not follow");
        LedgerDatabase.restore();
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_3_aRewrittenTailIsNamedAtTheCheckpointItContradicts() throws Exception {
        long[] s = threeEntries();
        // a verification that finds the chain valid checkpoints its head outside the database
        long checkpointed = verification().body("valid", equalTo(true)).extract().jsonPath().getLong("head.sequence");
        String checkpointedHash = LedgerDatabase.hashOf(checkpointed);
        assertThat(Files.readString(checkpointFile)).contains(checkpointed + " " + checkpointedHash + " ");

        // the attacker changes entry s[1] and recomputes every hash from it to the head: the chain is consistent
        long head = LedgerDatabase.head();
        List<Long> tail = new ArrayList<>();
        for (long sequence = s[1]; sequence <= head; sequence++) {
            tail.add(sequence);
        }
        LedgerDatabase.save(tail.stream().mapToLong(Long::longValue).toArray());
        LedgerDatabase.tamper("UPDATE ledger_entry SET actor = 'mallory' WHERE sequence = " + s[1]);
        LedgerDatabase.rechainFrom(s[1]);
        assertThat(LedgerDatabase.hashOf(checkpointed)).isNotEqualTo(checkpointedHash);

        // only the checkpoint tells: the chain was rewritten up to the checkpointed entry at least
        assertBrokenAt(checkpointed, "checkpointed");
        LedgerDatabase.restore();
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_3_aTruncatedTailIsNamedAtTheMissingCheckpoint() throws Exception {
        long[] s = threeEntries();
        long checkpointed = verification().body("valid", equalTo(true)).extract().jsonPath().getLong("head.sequence");
        long head = LedgerDatabase.head();
        List<Long> tail = new ArrayList<>();
        for (long sequence = s[1]; sequence <= head; sequence++) {
            tail.add(sequence);
        }
        LedgerDatabase.save(tail.stream().mapToLong(Long::longValue).toArray());
        // what is left is a valid chain; entries appended afterwards link to its new end
        LedgerDatabase.tamper("DELETE FROM ledger_entry WHERE sequence >= " + s[1]);

        assertBrokenAt(checkpointed, "is missing");
        LedgerDatabase.restore();
        verification().body("valid", equalTo(true));
    }

    @Test
    void AUD_3_onlyTheAuditorVerifiesAndTheHeadIsPublic() throws Exception {
        given().get("/api/ledger/verification").then().statusCode(401).contentType("application/problem+json");
        for (String role : List.of("spoc", "force-staff", "opcc-staff", "chief-constable", "returning-officer")) {
            given().auth().oauth2(Tokens.of(role)).get("/api/ledger/verification").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.withoutRole()).get("/api/ledger/verification").then().statusCode(403);

        ValidatableResponse verified = verification().body("valid", equalTo(true))
                .body("entries", greaterThan(0)).body("firstBrokenSequence", nullValue());
        long head = verified.extract().jsonPath().getLong("head.sequence");
        given().get("/api/ledger/head").then().statusCode(200)
                .body("sequence", org.hamcrest.Matchers.greaterThanOrEqualTo((int) head))
                .body("hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        assertThat(Files.readString(checkpointFile)).contains(head + " " + LedgerDatabase.hashOf(head) + " ");
    }

    private long[] threeEntries() throws Exception {
        EventEnvelope a = event("officer-1");
        EventEnvelope b = event("officer-2");
        EventEnvelope c = event("officer-3");
        kafka.send(a);
        kafka.send(b);
        kafka.send(c);
        long last = awaitKept(c);
        return new long[] {LedgerDatabase.sequenceOf(a.id()), LedgerDatabase.sequenceOf(b.id()), last};
    }

    private static void assertBrokenAt(long sequence, String reason) {
        verification().body("valid", equalTo(false))
                .body("firstBrokenSequence", equalTo((int) sequence))
                .body("reason", containsString(reason));
    }

    static ValidatableResponse verification() {
        return given().auth().oauth2(Tokens.of("auditor")).get("/api/ledger/verification").then()
                .log().ifValidationFails().statusCode(200);
    }

    private static long countDistinctPreviousHashes() throws SQLException {
        try (Connection c = LedgerDatabase.asApplication(); Statement s = c.createStatement();
                var r = s.executeQuery("SELECT count(DISTINCT previous_hash) FROM ledger_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static LedgerEntry read() {
        LedgerEntry entry = new LedgerEntry();
        entry.eventId = UUID.randomUUID();
        entry.kind = LedgerEntry.LEDGER_READ;
        entry.actor = "concurrent-reader";
        entry.receivedAt = OffsetDateTime.now();
        entry.eventTime = entry.receivedAt;
        entry.event = "{\"read\":\"test\"}";
        return entry;
    }

    private EventEnvelope event(String actor) {
        return EventEnvelope.wrap(new RequestReceived(electionId, UUID.randomUUID(), UUID.randomUUID(),
                RequestKind.INFORMATION, Channel.FORCE_INTRANET, actor, OffsetDateTime.now(), "PCSO numbers",
                "How many PCSOs serve Breckland, \"exactly\"?", LocalDate.now().plusDays(20), true),
                "intake-service", actor, Clock.systemUTC());
    }

    static long awaitKept(EventEnvelope event) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> LedgerDatabase.sequenceOf(event.id()), java.util.Objects::nonNull);
    }
}
