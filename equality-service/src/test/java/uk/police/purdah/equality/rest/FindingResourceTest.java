package uk.police.purdah.equality.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_1;
import static uk.police.purdah.equality.testing.ParityEvents.REGISTRATION;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.equality.testing.ParityEvents;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** The findings API (DESIGN §5, §6): the role matrix, bad input naming the field, unknown ids, conflicts (EQ-6). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class FindingResourceTest {

    private static final List<String> READERS = List.of("spoc", "chief-constable", "returning-officer", "auditor");
    private static final List<String> OTHERS = List.of("force-staff", "opcc-staff");

    private ParityEvents e;
    private String findingId;

    @BeforeEach
    void anOpenFinding() {
        e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        e.candidate("Bob Baker", REGISTRATION);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        e.briefing(ann, DAY_1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> e.findings("?status=open").body("", hasSize(1)));
        findingId = e.findings("?status=open").extract().path("[0].id");
    }

    @Test
    void eq1_theReadersMaySeeParityAndFindingsOthersGet403AndNoTokenGets401() {
        String parity = "/api/elections/" + e.electionId + "/parity";
        String findings = "/api/elections/" + e.electionId + "/findings";
        String finding = "/api/findings/" + findingId;
        for (String path : List.of(parity, findings, finding)) {
            for (String role : READERS) {
                given().auth().oauth2(Tokens.of(role)).get(path).then().statusCode(200);
            }
            for (String role : OTHERS) {
                given().auth().oauth2(Tokens.of(role)).get(path).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            given().auth().oauth2(Tokens.withoutRole()).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401);
            given().auth().oauth2("not-a-token").get(path).then().statusCode(401);
        }
    }

    @Test
    void eq6_onlyTheSpocMayRecordAJustification() {
        String path = "/api/findings/" + findingId + "/justification";
        for (String role : List.of("chief-constable", "returning-officer", "auditor", "force-staff", "opcc-staff")) {
            justify(role, path, "{\"reason\":\"because\"}").statusCode(403);
        }
        given().contentType("application/json").body("{\"reason\":\"because\"}").post(path).then().statusCode(401);
        e.findings("?status=open").body("", hasSize(1));

        justify("spoc", path, "{\"reason\":\"Bob asked not to be briefed; recorded by letter\"}").statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution", equalTo("JUSTIFIED"))
                .body("justification", equalTo("Bob asked not to be briefed; recorded by letter"));
        // EQ-6: it ends once; it stays on record
        justify("spoc", path, "{\"reason\":\"again\"}").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("resolved already"));
        e.findings("?status=resolved").body("", hasSize(1)).body("[0].id", equalTo(findingId));
        e.findings("?status=open").body("", hasSize(0));
    }

    @Test
    void badInputIs400NamingTheField() {
        String path = "/api/findings/" + findingId + "/justification";
        justify("spoc", path, "{}").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("reason")));
        justify("spoc", path, "{\"reason\":\"   \"}").statusCode(400)
                .body("violations.field", hasItem(containsString("reason")));
        justify("spoc", path, "{\"reason\":\"" + "x".repeat(2001) + "\"}").statusCode(400)
                .body("violations.field", hasItem(containsString("reason")));
        justify("spoc", path, "{\"reason\": 12, ").statusCode(400);
        given().auth().oauth2(Tokens.of("spoc")).get("/api/elections/" + e.electionId + "/findings?status=shut&rule=EQ-9")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("status"))
                .body("violations.field", hasItem("rule"));
        e.findings("?status=OPEN&rule=eq-1").body("", hasSize(1));
    }

    @Test
    void unknownIdsAre404Problems() {
        given().auth().oauth2(Tokens.of("spoc")).get("/api/elections/" + UUID.randomUUID() + "/findings").then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("no election"));
        given().auth().oauth2(Tokens.of("spoc")).get("/api/findings/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json")
                .body(not(containsString("Exception")));
        justify("spoc", "/api/findings/" + UUID.randomUUID() + "/justification", "{\"reason\":\"because\"}")
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("spoc")).get("/api/findings/not-a-uuid").then().statusCode(404);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/elections/{id}/findings"))
                .body(containsString("/api/findings/{id}/justification"))
                .body(containsString("text/csv"));
    }

    private static io.restassured.response.ValidatableResponse justify(String role, String path, String body) {
        return given().auth().oauth2(Tokens.of(role)).contentType("application/json").body(body).post(path).then();
    }
}
