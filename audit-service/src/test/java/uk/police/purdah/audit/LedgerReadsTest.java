package uk.police.purdah.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/**
 * Reading the ledger against real Kafka, PostgreSQL and OIDC: queries by purdah flag with paging
 * and streamed CSV and JSON exports (AUD-4), every read recorded (AUD-5), retention (AUD-6).
 */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class LedgerReadsTest {

    private static EventStream kafka;

    private UUID electionId;
    private List<EventEnvelope> sent;

    @BeforeAll
    static void connect() {
        kafka = new EventStream();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    /** Three events of a fresh election: inside purdah, outside, inside. */
    @BeforeEach
    void aFreshElection() {
        electionId = UUID.randomUUID();
        sent = List.of(event("officer-1", true, "Breckland, \"PCSOs\"\nper ward"), event("officer-2", false, "plain"),
                event("officer-1", true, "again"));
        sent.forEach(kafka::send);
        AuditChainTest.awaitKept(sent.get(2));
    }

    @Test
    void AUD_4_queriesByPurdahFlagAndPages() {
        assertThat(ids(Map.of("electionId", electionId, "insidePurdah", true)))
                .containsExactly(id(0), id(2));
        assertThat(ids(Map.of("electionId", electionId, "insidePurdah", false))).containsExactly(id(1));

        JsonPath firstPage = ledger("spoc", Map.of("electionId", electionId, "limit", 2)).statusCode(200)
                .extract().jsonPath();
        assertThat(firstPage.getList("eventId", String.class)).containsExactly(id(0), id(1));
        long last = firstPage.getLong("[1].sequence");
        assertThat(ids(Map.of("electionId", electionId, "limit", 2, "after", last))).containsExactly(id(2));
        ledger("auditor", Map.of("electionId", electionId)).body("[0].insidePurdah", equalTo(true))
                .body("[1].insidePurdah", equalTo(false))
                .body("[0].hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("[0].previousHash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void AUD_4_exportsStreamedRfc4180Csv() {
        for (String path : List.of("/api/ledger", "/api/ledger/export")) {
            String csv = given().auth().oauth2(Tokens.of("auditor")).accept("text/csv")
                    .queryParam("electionId", electionId).get(path).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
            List<List<String>> records = parseCsv(csv);
            assertThat(csv).endsWith("\r\n");
            assertThat(records).hasSize(4);
            List<String> header = records.get(0);
            assertThat(header).startsWith("sequence", "eventId", "kind").contains("insidePurdah", "event", "hash");
            assertThat(records.subList(1, 4)).extracting(r -> r.get(header.indexOf("eventId")))
                    .containsExactly(id(0), id(1), id(2));
            List<String> first = records.get(1);
            assertThat(first.get(header.indexOf("actor"))).isEqualTo("officer-1");
            assertThat(first.get(header.indexOf("insidePurdah"))).isEqualTo("true");
            // the event JSON, with its quotes, comma and newline, comes back whole
            assertThat(JsonPath.from(first.get(header.indexOf("event"))).getString("data.text"))
                    .isEqualTo("Breckland, \"PCSOs\"\nper ward");
        }
    }

    @Test
    void AUD_4_exportsStreamedJson() {
        JsonPath export = given().auth().oauth2(Tokens.of("spoc")).accept("application/json")
                .queryParam("electionId", electionId).get("/api/ledger/export").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertThat(export.getList("eventId", String.class)).containsExactly(id(0), id(1), id(2));
        assertThat(export.getString("[0].event.data.text")).isEqualTo("Breckland, \"PCSOs\"\nper ward");
        // an export has no default limit, and a query's maximum does not apply to it
        given().auth().oauth2(Tokens.of("auditor")).queryParam("limit", 100000).get("/api/ledger/export").then()
                .statusCode(200);
    }

    @Test
    void AUD_4_onlyAuditorsAndTheSpocReadAndExport() {
        for (String path : List.of("/api/ledger", "/api/ledger/export")) {
            for (String accept : List.of("application/json", "text/csv")) {
                given().accept(accept).get(path).then().statusCode(401);
                given().auth().oauth2(Tokens.withoutRole()).accept(accept).get(path).then().statusCode(403);
                for (String role : List.of("force-staff", "opcc-staff", "chief-constable", "returning-officer")) {
                    given().auth().oauth2(Tokens.of(role)).accept(accept).get(path).then().statusCode(403);
                }
                for (String role : List.of("auditor", "spoc")) {
                    given().auth().oauth2(Tokens.of(role)).accept(accept).queryParam("electionId", electionId)
                            .get(path).then().statusCode(200);
                }
            }
        }
    }

    @Test
    void AUD_4_badParametersAre400ProblemsNamingThem() {
        for (String accept : List.of("application/json", "text/csv")) {
            given().auth().oauth2(Tokens.of("auditor")).accept(accept)
                    .queryParams(Map.of("insidePurdah", "perhaps", "after", "-1", "electionId", "x"))
                    .get("/api/ledger").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItems("insidePurdah", "after", "electionId"))
                    .body("violations.in", hasItem("query"));
        }
        given().auth().oauth2(Tokens.of("auditor")).queryParam("limit", 0).get("/api/ledger/export").then()
                .statusCode(400).body("violations.field", hasItem("limit"));
    }

    @Test
    void AUD_5_everyReadIsRecordedNamingTheReader() throws Exception {
        long before = LedgerDatabase.head();
        ledger("spoc", Map.of("electionId", electionId)).statusCode(200);
        given().auth().oauth2(Tokens.of("auditor")).accept("text/csv").queryParam("insidePurdah", true)
                .queryParam("electionId", electionId).get("/api/ledger").then().statusCode(200);
        given().auth().oauth2(Tokens.of("auditor")).get("/api/ledger/export").then().statusCode(200);
        AuditChainTest.verification().body("valid", equalTo(true));

        JsonPath reads = ledger("auditor", Map.of("kind", "ledger.read", "after", before)).statusCode(200)
                .extract().jsonPath();
        assertThat(reads.getList("actor", String.class)).containsExactly("spoc", "auditor", "auditor", "auditor",
                "auditor");
        assertThat(reads.getList("event.read", String.class)).containsExactly("query", "export", "export",
                "verification", "query");
        assertThat(reads.getString("[0].event.parameters.electionId")).isEqualTo(electionId.toString());
        assertThat(reads.getString("[1].event.format")).isEqualTo("csv");
        assertThat(reads.getString("[1].event.parameters.insidePurdah")).isEqualTo("true");
        assertThat(reads.getString("[2].event.format")).isEqualTo("json");
        assertThat(reads.getString("[4].event.parameters.kind")).isEqualTo("ledger.read");
        // the reads are in the chain like any entry, and the public head is not a read
        long head = LedgerDatabase.head();
        given().get("/api/ledger/head").then().statusCode(200);
        assertThat(LedgerDatabase.head()).isEqualTo(head);
    }

    @Test
    void AUD_6_retentionIsConfiguredAndNothingIsDeletedBeforeItEnds() throws Exception {
        ValidatableResponse entries = ledger("auditor", Map.of("electionId", electionId)).statusCode(200);
        OffsetDateTime receivedAt = OffsetDateTime.parse(entries.extract().path("[0].receivedAt"));
        OffsetDateTime retainedUntil = OffsetDateTime.parse(entries.extract().path("[0].retainedUntil"));
        assertThat(retainedUntil.toInstant()).isEqualTo(receivedAt.plus(Period.parse("P7Y")).toInstant());

        long sequence = LedgerDatabase.sequenceOf(sent.get(0).id());
        try (var c = LedgerDatabase.asApplication(); var s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                    "DELETE FROM ledger_entry WHERE received_at < now() + interval '7 years'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(LedgerDatabase.sequenceOf(sent.get(0).id())).isEqualTo(sequence);
    }

    private String id(int i) {
        return sent.get(i).id().toString();
    }

    private EventEnvelope event(String actor, boolean insidePurdah, String text) {
        return EventEnvelope.wrap(new RequestReceived(electionId, UUID.randomUUID(), UUID.randomUUID(),
                RequestKind.INFORMATION, Channel.FORCE_INTRANET, actor, OffsetDateTime.now(), "PCSO numbers", text,
                LocalDate.now().plusDays(20), insidePurdah), "intake-service", actor, Clock.systemUTC());
    }

    private static ValidatableResponse ledger(String user, Map<String, ?> query) {
        return given().auth().oauth2(Tokens.of(user)).queryParams(query).get("/api/ledger").then()
                .log().ifValidationFails();
    }

    private static List<String> ids(Map<String, ?> query) {
        return ledger("auditor", query).statusCode(200).extract().path("eventId");
    }

    /** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("a bare CR or LF outside quotes").isNotIn('\r', '\n');
                field.append(c);
                i++;
            }
        }
        return records;
    }
}
