package uk.police.purdah.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import uk.police.purdah.testsupport.Tokens;

/**
 * The suite is one system: devstack and the four packaged services run as separate processes,
 * as in production; requests logged at intake reach audit, equality and publication, each
 * exactly once (DESIGN §3: one register, events once, consumers idempotent on the event id).
 */
class WalkingSkeletonIT {

    private static Map<String, String> url;
    private static String jdbc;

    @BeforeAll
    static void startTheSuite() {
        url = RunningSuite.urls();
        jdbc = RunningSuite.jdbc();
    }

    @Test
    void everyServiceIsReadyAndDescribesItsApi() {
        for (String service : List.of("intake", "equality", "publication", "audit", "notification")) {
            given().get(url.get(service) + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get(url.get(service) + "/q/openapi").then().statusCode(200);
            given().get(url.get(service) + "/q/metrics").then().statusCode(200);
        }
    }

    @Test
    void requestsLoggedAtIntakeAreRecordedOnceByAuditEqualityAndPublication() throws SQLException {
        String spoc = Tokens.of("spoc");
        String electionId = given().auth().oauth2(spoc).contentType(ContentType.JSON)
                .body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", "2026-07-16"))
                .post(url.get("intake") + "/api/elections").then().statusCode(201).extract().path("id");
        List<String> candidates = new ArrayList<>();
        for (String name : List.of("Ada Quill", "Ben Rook")) {
            candidates.add(given().auth().oauth2(spoc).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "party", "Party of " + name, "email", "x@example.org"))
                    .post(url.get("intake") + "/api/elections/" + electionId + "/candidates").then()
                    .statusCode(201).extract().path("id"));
        }

        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String submitter = i % 2 == 0 ? "force-staff" : "opcc-staff";
            Map<String, Object> form = new HashMap<>(Map.of("electionId", electionId,
                    "candidateId", candidates.get(i % 2), "kind", i % 3 == 0 ? "FOI" : "INFORMATION",
                    "channel", i % 2 == 0 ? "FORCE_INTRANET" : "OPCC", "subject", "Request " + i,
                    "text", "Please send the figures for district " + i + "."));
            String key = UUID.randomUUID().toString();
            String id = given().auth().oauth2(Tokens.of(submitter)).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(form)
                    .post(url.get("intake") + "/api/requests").then().statusCode(201).extract().path("id");
            requestIds.add(id);
            if (i == 7) { // the officer's form is sent twice: still one request (INT-10)
                given().auth().oauth2(Tokens.of(submitter)).contentType(ContentType.JSON)
                        .header("Idempotency-Key", key).body(form)
                        .post(url.get("intake") + "/api/requests").then().statusCode(200)
                        .body("id", equalTo(id));
            }
        }

        // every event intake published for this election: 1 election + 2 candidates + 20 × (received, routed)
        List<String> published = eventIds("intake", "select event_id from outbox_event where event_key = ?",
                electionId);
        assertThat(published).hasSize(1 + 2 + 40);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(eventIds("audit", "select event_id from ledger_entry where election_id = ?"
                    + " and source = 'intake-service'", electionId)).containsExactlyInAnyOrderElementsOf(published);
            // notifications read the requests and elections too, not the candidates (issue 11)
            assertThat(eventIds("notification", "select event_id from processed_event where election_id = ?",
                    electionId)).containsExactlyInAnyOrderElementsOf(eventIds("intake", "select event_id from"
                            + " outbox_event where event_key = ? and topic <> 'purdah.candidates'", electionId));
            assertThat(eventIds("equality", "select event_id from processed_event where election_id = ?",
                    electionId)).containsExactlyInAnyOrderElementsOf(published);
            // publication reads the elections too: PUB-5 applies inside the purdah window
            assertThat(eventIds("publication", "select event_id from processed_event where election_id = ?",
                    electionId)).containsExactlyInAnyOrderElementsOf(published);
        });

        List<String> receivedInLedger = given().auth().oauth2(Tokens.of("auditor"))
                .queryParam("electionId", electionId).queryParam("kind", "uk.police.purdah.request.received")
                .get(url.get("audit") + "/api/ledger").then().statusCode(200).extract().path("subject");
        assertThat(receivedInLedger).containsExactlyInAnyOrderElementsOf(requestIds);

        // issue 11: each request mailed once to the SPOC (INT-1) and once to the Chief Constable's office, every mail
        // a notification.sent in the audit ledger
        String mailPage = RunningSuite.get().lines().get("DEVSTACK READY").get("mail");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, Object>> mail = given().get(mailPage + "/mail").then().statusCode(200).extract()
                    .jsonPath().getList("$");
            for (String requestId : requestIds) {
                assertThat(mail.stream().filter(m -> requestId.equals(((Map<?, ?>) m.get("headers"))
                        .get("X-Purdah-Subject-Id"))).map(m -> m.get("mailbox")).toList())
                        .containsExactlyInAnyOrder("spoc@opcc.example", "chief-constable-office@police.example");
            }
            assertThat(eventIds("audit", "select event_id from ledger_entry where election_id = ?"
                    + " and type = 'uk.police.purdah.notification.sent'", electionId)).hasSize(2 * requestIds.size());
        });

        given().auth().oauth2(Tokens.of("returning-officer"))
                .get(url.get("equality") + "/api/elections/" + electionId + "/parity").then().statusCode(200)
                .body("candidates.size()", equalTo(2));
        given().get(url.get("publication") + "/api/elections/" + electionId + "/candidates").then()
                .statusCode(200).body("size()", equalTo(2));
    }

    /** The event ids a service's own database holds, one row each (a duplicate would show twice). */
    private static List<String> eventIds(String database, String sql, String electionId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc + "/" + database, database, database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, database.equals("intake") ? electionId : UUID.fromString(electionId));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
