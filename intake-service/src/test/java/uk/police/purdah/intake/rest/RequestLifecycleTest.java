package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.RequestDecided;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * A request's lifecycle end to end against real PostgreSQL, Kafka and OIDC: routed, decided (granted, refused
 * with a reason, redirected to a publication, INT-8), response drafted and approved (PUB-1), DESIGN §6.
 */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class RequestLifecycleTest {

    private static final String REQUEST_TEXT = "How many PCSOs serve Breckland?";

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

    private String aRoutedRequest() {
        return given().auth().oauth2(Tokens.of("force-staff")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("electionId", electionId, "candidateId", candidateId, "kind", "INFORMATION",
                        "channel", "FORCE_INTRANET", "subject", "PCSO numbers", "text", REQUEST_TEXT,
                        "receivedAt", "2026-06-10T10:15:00+01:00"))
                .post("/api/requests").then().statusCode(201).body("status", equalTo("ROUTED")).extract().path("id");
    }

    /** A POST with a JSON body, or with no body and no Content-Type when {@code body} is null. */
    private static ValidatableResponse post(String user, String path, Object body) {
        var request = given().auth().oauth2(Tokens.of(user));
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post(path).then();
    }

    private static ValidatableResponse decide(String id, Object body) {
        return post("spoc", "/api/requests/" + id + "/decision", body);
    }

    private static ValidatableResponse respond(String id, String text) {
        return post("spoc", "/api/requests/" + id + "/response", Map.of("text", text));
    }

    private static ValidatableResponse approve(String id) {
        return post("spoc", "/api/requests/" + id + "/response/approval", null);
    }

    private List<String> idsWithStatus(String status) {
        return given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", electionId)
                .queryParam("status", status).get("/api/requests").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void lifecycle_aNewRequestIsRoutedAndTheStatusFilterFindsIt() {
        String id = aRoutedRequest();
        assertThat(idsWithStatus("ROUTED")).contains(id);
        assertThat(idsWithStatus("RECEIVED")).doesNotContain(id);
        given().auth().oauth2(Tokens.of("spoc")).queryParam("status", "CLOSED").get("/api/requests").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("status"));
    }

    @Test
    void lifecycle_aGrantedRequestIsAnsweredAndTheResponseApproved() {
        String id = aRoutedRequest();
        decide(id, Map.of("decision", "GRANTED", "purpose", "local policing numbers")).statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("GRANTED"))
                .body("purpose", equalTo("local policing numbers"))
                .body("decidedBy", equalTo("spoc"))
                .body("decidedAt", notNullValue())
                .body("responseText", nullValue());
        assertThat(idsWithStatus("DECIDED")).contains(id);

        respond(id, "First draft.").statusCode(200).body("status", equalTo("RESPONSE_DRAFTED"))
                .body("responseText", equalTo("First draft."));
        respond(id, "There are 14 PCSOs in Breckland.").statusCode(200)
                .body("status", equalTo("RESPONSE_DRAFTED"))
                .body("responseText", equalTo("There are 14 PCSOs in Breckland."));
        assertThat(idsWithStatus("RESPONSE_DRAFTED")).contains(id);

        approve(id).statusCode(200)
                .body("status", equalTo("RESPONSE_APPROVED"))
                .body("responseApprovedBy", equalTo("spoc"))
                .body("responseApprovedAt", notNullValue());
        given().auth().oauth2(Tokens.of("force-staff")).get("/api/requests/" + id).then().statusCode(200)
                .body("status", equalTo("RESPONSE_APPROVED"))
                .body("decision", equalTo("GRANTED"))
                .body("responseText", equalTo("There are 14 PCSOs in Breckland."))
                .body("responseApprovedBy", equalTo("spoc"));
        assertThat(idsWithStatus("RESPONSE_APPROVED")).contains(id);
        assertThat(idsWithStatus("ROUTED")).doesNotContain(id);
    }

    @Test
    void lifecycle_aRefusalNeedsAReason() {
        String id = aRoutedRequest();
        decide(id, Map.of("decision", "REFUSED")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        decide(id, Map.of("decision", "REFUSED", "reason", "  ")).statusCode(400)
                .body("violations.field", hasItem("reason"));
        decide(id, Map.of("decision", "REFUSED", "reason", "Operationally sensitive (s.31)")).statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("REFUSED"))
                .body("reason", equalTo("Operationally sensitive (s.31)"));
        respond(id, "We cannot give these figures because they are operationally sensitive.").statusCode(200);
        approve(id).statusCode(200).body("status", equalTo("RESPONSE_APPROVED"));
    }

    @Test
    void INT_8_aRedirectNamesThePublication() {
        String id = aRoutedRequest();
        decide(id, Map.of("decision", "REDIRECTED")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("publicationId"));
        decide(id, Map.of("decision", "REDIRECTED", "publicationId", "the-website")).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("publicationId"))
                .body(not(containsString("java.")));
        decide(id, Map.of("decision", "GRANTED", "publicationId", UUID.randomUUID().toString())).statusCode(400)
                .body("violations.field", hasItem("publicationId"));

        String publicationId = UUID.randomUUID().toString();
        decide(id, Map.of("decision", "REDIRECTED", "publicationId", publicationId)).statusCode(200)
                .body("status", equalTo("REDIRECTED"))
                .body("decision", equalTo("REDIRECTED"))
                .body("publicationId", equalTo(publicationId));
        assertThat(idsWithStatus("REDIRECTED")).contains(id);

        // the publication answers it: no response of its own
        respond(id, "See the publication.").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("INT-8"));
        approve(id).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void lifecycle_illegalTransitionIs409() {
        String id = aRoutedRequest();
        respond(id, "Too early.").statusCode(409).contentType("application/problem+json");
        approve(id).statusCode(409).contentType("application/problem+json");

        decide(id, Map.of("decision", "GRANTED")).statusCode(200);
        decide(id, Map.of("decision", "REFUSED", "reason", "changed my mind")).statusCode(409)
                .contentType("application/problem+json");
        approve(id).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no drafted response"));

        respond(id, "The answer.").statusCode(200);
        approve(id).statusCode(200);
        approve(id).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already approved"));
        respond(id, "A second thought.").statusCode(409).contentType("application/problem+json");
        decide(id, Map.of("decision", "GRANTED")).statusCode(409);

        given().auth().oauth2(Tokens.of("spoc")).get("/api/requests/" + id).then().statusCode(200)
                .body("status", equalTo("RESPONSE_APPROVED")).body("responseText", equalTo("The answer."));
    }

    @Test
    void lifecycle_badInputIs400NamingTheField() {
        String id = aRoutedRequest();
        decide(id, Map.of("purpose", "no decision")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("decision")))
                .body(not(containsString("Exception")));
        decide(id, Map.of("decision", "MAYBE")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("decision"))
                .body(not(containsString("uk.police")));
        decide(id, Map.of("decision", "REFUSED", "reason", "x".repeat(2001))).statusCode(400)
                .body("violations.field", hasItem(containsString("reason")));
        decide(id, Map.of("decision", "GRANTED", "purpose", "x".repeat(501))).statusCode(400)
                .body("violations.field", hasItem(containsString("purpose")));
        given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON).post("/api/requests/" + id
                + "/decision").then().statusCode(400).contentType("application/problem+json");
        decide(id, "{not json").statusCode(400).contentType("application/problem+json");

        decide(id, Map.of("decision", "GRANTED")).statusCode(200);
        post("spoc", "/api/requests/" + id + "/response", Map.of()).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(containsString("text")));
        respond(id, " ").statusCode(400).body("violations.field", hasItem(containsString("text")));
        respond(id, "x".repeat(20001)).statusCode(400).body("violations.field", hasItem(containsString("text")));
        respond(id, "x".repeat(20000)).statusCode(200);

        given().auth().oauth2(Tokens.of("spoc")).get("/api/requests/" + id).then().statusCode(200)
                .body("status", equalTo("RESPONSE_DRAFTED"));
    }

    @Test
    void lifecycle_anUnknownRequestIs404() {
        String unknown = UUID.randomUUID().toString();
        decide(unknown, Map.of("decision", "GRANTED")).statusCode(404).contentType("application/problem+json");
        respond(unknown, "Nobody asked.").statusCode(404).contentType("application/problem+json");
        approve(unknown).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void lifecycle_onlyTheSpocDecidesDraftsAndApproves() {
        String id = aRoutedRequest();
        String base = "/api/requests/" + id;
        for (String user : List.of("force-staff", "opcc-staff", "chief-constable", "auditor")) {
            post(user, base + "/decision", Map.of("decision", "GRANTED")).statusCode(403);
            post(user, base + "/response", Map.of("text", "Hello")).statusCode(403);
            post(user, base + "/response/approval", null).statusCode(403);
        }
        given().auth().oauth2(Tokens.withoutRole()).contentType(ContentType.JSON)
                .body(Map.of("decision", "GRANTED")).post(base + "/decision").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("decision", "GRANTED")).post(base + "/decision").then()
                .statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("text", "Hello")).post(base + "/response").then()
                .statusCode(401);
        given().post(base + "/response/approval").then().statusCode(401);

        given().auth().oauth2(Tokens.of("spoc")).get(base).then().statusCode(200)
                .body("status", equalTo("ROUTED")).body("decision", nullValue());
    }

    @Test
    void theDecisionAndTheApprovedResponseReachKafkaKeyedByTheElection() {
        String id = aRoutedRequest();
        decide(id, Map.of("decision", "GRANTED", "purpose", "local policing numbers")).statusCode(200);
        respond(id, "There are 14 PCSOs in Breckland.").statusCode(200);
        approve(id).statusCode(200);

        ConsumerRecord<String, String> decided = RequestResourceTest.awaitRecord("purdah.requests", id,
                EventType.REQUEST_DECIDED.type());
        assertThat(decided.key()).isEqualTo(electionId);
        EventEnvelope decidedEvent = EventCodec.decode(decided.value());
        assertThat(decidedEvent.actor()).isEqualTo("spoc");
        RequestDecided decision = (RequestDecided) decidedEvent.data();
        assertThat(decision.requestId()).hasToString(id);
        assertThat(decision.candidateId()).hasToString(candidateId);
        assertThat(decision.kind()).isEqualTo(RequestKind.INFORMATION);
        assertThat(decision.decision()).isEqualTo(Decision.GRANTED);
        assertThat(decision.purpose()).isEqualTo("local policing numbers");
        assertThat(decision.reason()).isNull();
        assertThat(decision.publicationId()).isNull();
        assertThat(decision.decidedAt()).isNotNull();

        ConsumerRecord<String, String> approved = RequestResourceTest.awaitRecord("purdah.requests", id,
                EventType.RESPONSE_APPROVED.type());
        assertThat(approved.key()).isEqualTo(electionId);
        assertThat(new String(approved.headers().lastHeader("content-type").value()))
                .isEqualTo("application/cloudevents+json");
        ResponseApproved response = (ResponseApproved) EventCodec.decode(approved.value()).data();
        assertThat(response.kind()).isEqualTo(RequestKind.INFORMATION);
        assertThat(response.requestText()).isEqualTo(REQUEST_TEXT);
        assertThat(response.responseText()).isEqualTo("There are 14 PCSOs in Breckland.");
        assertThat(response.approvedBy()).isEqualTo("spoc");
        assertThat(response.approvedAt()).isNotNull();
    }

    @Test
    void INT_8_theRedirectionReachesKafkaWithThePublication() {
        String id = aRoutedRequest();
        String publicationId = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(Map.of("decision", "REDIRECTED", "publicationId", publicationId));
        decide(id, body).statusCode(200);
        RequestDecided decision = (RequestDecided) EventCodec.decode(RequestResourceTest.awaitRecord(
                "purdah.requests", id, EventType.REQUEST_DECIDED.type()).value()).data();
        assertThat(decision.decision()).isEqualTo(Decision.REDIRECTED);
        assertThat(decision.publicationId()).hasToString(publicationId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lifecycle_everyStepIsDescribedInOpenApi() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        for (String path : List.of("/api/requests/{id}/decision", "/api/requests/{id}/response",
                "/api/requests/{id}/response/approval")) {
            assertThat(paths).containsKey(path);
            Map<String, Object> operation = paths.get(path).get("post");
            assertThat(operation).as(path).isNotNull();
            assertThat(operation.get("summary")).as(path).isNotNull();
            assertThat(((Map<String, Object>) operation.get("responses")).keySet()).as(path)
                    .contains("200", "401", "403", "404", "409");
        }
    }
}
