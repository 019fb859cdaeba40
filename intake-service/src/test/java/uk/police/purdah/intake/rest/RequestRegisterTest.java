package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.intake.FixedClock;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * The register against real PostgreSQL, Kafka and OIDC: FOI deadlines counted from the injected clock (INT-3), the
 * filters, paging with a total, and who sees what (INT-1, DESIGN §5, §6).
 *
 * <p>An FOI request received on Wednesday 10 June 2026 is due on Wednesday 8 July 2026, the 20th FOI working day
 * after it (counted by hand in {@code FoiStatusTest}).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class RequestRegisterTest {

    private static final String RECEIVED = "2026-06-10T10:15:00+01:00";

    private String electionId;
    private String candidateId;

    @BeforeEach
    void anElectionWithACandidate() {
        electionId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", "2026-07-16"))
                .post("/api/elections").then().statusCode(201).extract().path("id");
        candidateId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("name", "Jane Example", "party", "Example Party"))
                .post("/api/elections/" + electionId + "/candidates").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void backToTheSystemClock() {
        FixedClock.release();
    }

    private Map<String, Object> form(String kind, String subject, String receivedAt) {
        Map<String, Object> form = new HashMap<>();
        form.put("electionId", electionId);
        form.put("candidateId", candidateId);
        form.put("kind", kind);
        form.put("channel", "EMAIL");
        form.put("subject", subject);
        form.put("text", "How many PCSOs serve Breckland?");
        form.put("receivedAt", receivedAt);
        return form;
    }

    private String submit(String user, Map<String, Object> form) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(form).post("/api/requests").then()
                .statusCode(201).extract().path("id");
    }

    private String anFoiRequest() {
        return submit("opcc-staff", form("FOI", "PCSO numbers under FOI", RECEIVED));
    }

    private static void today(String instant) {
        FixedClock.fixAt(Instant.parse(instant));
    }

    private static ValidatableResponse read(String user, String id) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/requests/" + id).then();
    }

    private ValidatableResponse register(String user, Map<String, ?> query) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("electionId", electionId).queryParams(query)
                .get("/api/requests").then();
    }

    private static void post(String path, Object body) {
        var request = given().auth().oauth2(Tokens.of("spoc"));
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        request.post(path).then().statusCode(200);
    }

    private static void answer(String id) {
        post("/api/requests/" + id + "/decision", Map.of("decision", "GRANTED"));
        post("/api/requests/" + id + "/response", Map.of("text", "There are 14 PCSOs in Breckland."));
        post("/api/requests/" + id + "/response/approval", null);
    }

    // INT-3

    @Test
    void int3_anFoiRequestShowsItsDueDateAndTheWorkingDaysLeftFromToday() {
        today("2026-06-12T09:00:00Z"); // Friday 12 June
        String id = given().auth().oauth2(Tokens.of("force-staff")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(form("FOI", "Under FOI", RECEIVED))
                .post("/api/requests").then().statusCode(201)
                .body("foiDueDate", equalTo("2026-07-08"))
                .body("workingDaysLeft", equalTo(18))
                .body("overdue", equalTo(false))
                .body("answeredOn", nullValue())
                .extract().path("id");

        today("2026-07-07T08:00:00Z");
        read("spoc", id).statusCode(200).body("workingDaysLeft", equalTo(1)).body("overdue", equalTo(false));
        today("2026-07-08T22:30:00Z"); // 23:30 on the due date in the UK
        read("spoc", id).statusCode(200).body("workingDaysLeft", equalTo(0)).body("overdue", equalTo(false));

        RequestReceived received = (RequestReceived) EventCodec.decode(RequestResourceTest.awaitRecord(
                "purdah.requests", id, EventType.REQUEST_RECEIVED.type()).value()).data();
        assertThat(received.foiDueDate()).isEqualTo(LocalDate.of(2026, 7, 8));
    }

    @Test
    void int3_pastItsDueDateAnUnansweredFoiRequestIsOverdueUntilItsResponseIsApproved() {
        String foi = anFoiRequest();
        String information = submit("opcc-staff", form("INFORMATION", "Not FOI", RECEIVED));

        today("2026-07-08T23:30:00Z"); // 00:30 on 9 July in the UK
        read("chief-constable", foi).statusCode(200).body("workingDaysLeft", equalTo(-1))
                .body("overdue", equalTo(true));
        register("spoc", Map.of("overdue", "true")).statusCode(200).body("items.id", contains(foi))
                .body("total", equalTo(1));
        register("spoc", Map.of("overdue", "false")).statusCode(200).body("items.id", contains(information));
        register("spoc", Map.of("overdue", "TRUE", "kind", "FOI")).statusCode(200).body("items.id", contains(foi));

        today("2026-07-15T09:00:00Z"); // Wednesday 15 July; Monday 13 July is a holiday in Northern Ireland
        read("spoc", foi).statusCode(200).body("workingDaysLeft", equalTo(-4));

        // a drafted response is not an answer yet
        post("/api/requests/" + foi + "/decision", Map.of("decision", "GRANTED"));
        post("/api/requests/" + foi + "/response", Map.of("text", "There are 14 PCSOs in Breckland."));
        register("spoc", Map.of("overdue", "true")).statusCode(200).body("items.id", contains(foi));
        post("/api/requests/" + foi + "/response/approval", null);

        read("spoc", foi).statusCode(200)
                .body("foiDueDate", equalTo("2026-07-08"))
                .body("answeredOn", equalTo("2026-07-15"))
                .body("answeredInTime", equalTo(false))
                .body("overdue", nullValue())
                .body("workingDaysLeft", nullValue());
        register("spoc", Map.of("overdue", "true")).statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void int3_anFoiRequestAnsweredOnItsDueDateWasAnsweredInTime() {
        String foi = anFoiRequest();
        today("2026-07-08T16:00:00Z");
        answer(foi);
        read("spoc", foi).statusCode(200).body("answeredOn", equalTo("2026-07-08"))
                .body("answeredInTime", equalTo(true));
    }

    @Test
    void int3_anFoiRequestRedirectedToAPublicationIsAnsweredByIt() {
        String foi = anFoiRequest();
        today("2026-06-15T09:00:00Z");
        post("/api/requests/" + foi + "/decision", Map.of("decision", "REDIRECTED", "publicationId",
                UUID.randomUUID().toString()));
        today("2026-08-01T09:00:00Z");
        read("spoc", foi).statusCode(200).body("answeredOn", equalTo("2026-06-15"))
                .body("answeredInTime", equalTo(true)).body("overdue", nullValue());
        register("spoc", Map.of("overdue", "true")).statusCode(200).body("items", empty());
    }

    @Test
    void int3_aRequestThatIsNotFoiHasNoDeadline() {
        String id = submit("opcc-staff", form("INFORMATION", "Not FOI", RECEIVED));
        read("spoc", id).statusCode(200).body("foiDueDate", nullValue()).body("workingDaysLeft", nullValue())
                .body("overdue", nullValue());
    }

    @Test
    void int3_anFoiRequestReceivedBeforeTheCalendarStartsIsA400OnReceivedAt() {
        given().auth().oauth2(Tokens.of("opcc-staff")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(form("FOI", "Old", "2011-06-01T10:00:00+01:00")).post("/api/requests").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("receivedAt"));
    }

    // the register

    @Test
    void register_newestFirstInPagesWithATotal() {
        String first = submit("opcc-staff", form("INFORMATION", "First", "2026-06-01T10:00:00+01:00"));
        String second = submit("opcc-staff", form("INFORMATION", "Second", "2026-06-02T10:00:00+01:00"));
        String third = submit("opcc-staff", form("INFORMATION", "Third", "2026-06-03T10:00:00+01:00"));

        register("spoc", Map.of("size", "2")).statusCode(200)
                .body("items.id", contains(third, second))
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2));
        register("spoc", Map.of("size", "2", "page", "1")).statusCode(200)
                .body("items.id", contains(first)).body("total", equalTo(3)).body("page", equalTo(1));
        register("spoc", Map.of("size", "2", "page", "2")).statusCode(200)
                .body("items", empty()).body("total", equalTo(3));
        register("spoc", Map.of()).statusCode(200).body("items.id", contains(third, second, first))
                .body("size", equalTo(50));
        register("spoc", Map.of("kind", "information", "status", "ROUTED")).statusCode(200)
                .body("total", equalTo(3));
        register("spoc", Map.of("kind", "FOI")).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void register_badFiltersAre400NamingEachParameter() {
        register("spoc", Map.of("overdue", "maybe", "page", "-1", "size", "201", "status", "LOST")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("overdue", "page", "size", "status"))
                .body("violations.in", everyItem(equalTo("query")));
        register("spoc", Map.of("size", "0")).statusCode(400).body("violations.field", contains("size"));
        register("spoc", Map.of("page", "first")).statusCode(400).body("violations.field", contains("page"));
        given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", "norfolk").get("/api/requests").then()
                .statusCode(400).body("violations.field", contains("electionId"));
    }

    @Test
    void register_theSpocAndTheChiefConstableSeeAllAndASubmitterOnlyWhatTheyLogged() {
        String byForce = submit("force-staff", form("INFORMATION", "Logged by the force", RECEIVED));
        String byOpcc = submit("opcc-staff", form("INFORMATION", "Logged by the OPCC", RECEIVED));

        for (String reader : List.of("spoc", "chief-constable")) {
            register(reader, Map.of()).statusCode(200).body("total", equalTo(2))
                    .body("items.id", hasItems(byForce, byOpcc));
            read(reader, byForce).statusCode(200);
            read(reader, byOpcc).statusCode(200);
        }
        register("force-staff", Map.of()).statusCode(200).body("items.id", contains(byForce))
                .body("total", equalTo(1)).body("items.receivedBy", everyItem(equalTo("force-staff")));
        register("opcc-staff", Map.of()).statusCode(200).body("items.id", contains(byOpcc)).body("total", equalTo(1));
        read("force-staff", byForce).statusCode(200);
        read("force-staff", byOpcc).statusCode(404).contentType("application/problem+json");
        read("opcc-staff", byForce).statusCode(404).contentType("application/problem+json");

        for (String other : List.of("auditor", "returning-officer")) {
            register(other, Map.of()).statusCode(403);
            read(other, byForce).statusCode(403);
        }
        given().auth().oauth2(Tokens.withoutRole()).get("/api/requests").then().statusCode(403);
        given().get("/api/requests").then().statusCode(401);
        given().get("/api/requests/" + byForce).then().statusCode(401);
        read("spoc", UUID.randomUUID().toString()).statusCode(404).contentType("application/problem+json");
    }
}
