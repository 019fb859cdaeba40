package uk.police.purdah.publication.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateUpdated;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/** POST /api/redactions/preview from a registry fed by real events (PUB-2). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class RedactionPreviewTest {

    private static final EventStream events = EventStream.shared();
    private static final String PATH = "/api/redactions/preview";

    private static RequestSpecification spoc() {
        return given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON);
    }

    private static UUID electionWith(String name, String party, String agent) {
        UUID electionId = UUID.randomUUID();
        events.send(new CandidateRegistered(electionId, UUID.randomUUID(), new CandidateIdentity(name, party, agent,
                "candidate@example.org", "01632 960123", "12 Mill Lane, Dereham", "NR19 1AB", List.of("@candidate")),
                IncumbentRole.NONE, false, List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/elections/" + electionId
                + "/candidates").then().statusCode(200));
        return electionId;
    }

    @Test
    void redactsTheRegistryAndThePatternsAndKeepsThePoliceArea() {
        UUID electionId = electionWith("Margaret Thornbury", "Broadland First Party", "Desmond Okafor");
        String text = "Ms Thornbury's agent Desmond Okafor asked the Chief Constable of Norfolk for a briefing for "
                + "the Broadland First Party on 10 June 2026; call 01632 960123 or write to candidate@example.org.";
        spoc().body(Map.of("electionId", electionId, "text", text)).post(PATH).then().statusCode(200)
                .body("redactedText", equalTo("Ms [candidate] agent [agent] asked the Chief Constable of Norfolk "
                        + "for a briefing for the [party] on 10 June 2026; call [phone] or write to [email]."))
                .body("removed.kind", hasItem("candidate"))
                .body("removed.find { it.kind == 'agent' }.text", equalTo("Desmond Okafor"))
                .body("removed.find { it.kind == 'agent' }.start", equalTo(text.indexOf("Desmond")))
                .body("counts.candidate", equalTo(1)).body("counts.phone", equalTo(1));
    }

    @Test
    void aRegistryChangeIsSeenByTheNextPreview() {
        UUID electionId = UUID.randomUUID();
        UUID candidateId = UUID.randomUUID();
        events.send(new CandidateRegistered(electionId, candidateId, new CandidateIdentity("Ann Ableworth",
                "Able Party", null, null, null, null, null, List.of()), IncumbentRole.NONE, false, List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> spoc()
                .body(Map.of("electionId", electionId, "text", "Ableworth and Quixley")).post(PATH).then()
                .statusCode(200).body("redactedText", equalTo("[candidate] and Quixley")));
        events.send(new CandidateUpdated(electionId, candidateId, new CandidateIdentity("Ann Quixley",
                "Able Party", null, null, null, null, null, List.of()), IncumbentRole.NONE, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> spoc()
                .body(Map.of("electionId", electionId, "text", "Ableworth and Quixley")).post(PATH).then()
                .statusCode(200).body("redactedText", equalTo("Ableworth and [candidate]")));
    }

    @Test
    void pub2_peopleOutsideTheRegistryAndNameVariantsAreRemovedByKind() {
        UUID electionId = electionWith("Aoife O'Sullivan", "Labour and Co-operative Party", "Rory McManus");
        String text = "Inspector Jane Holloway met AOIFE O’SULLIVAN’s agent, Mr McManus, and the Labour and Co-op "
                + "team at Bethel Street police station on 3 June 2026.\n\nKind regards,\nGemma Hartley";
        spoc().body(Map.of("electionId", electionId, "text", text)).post(PATH).then().statusCode(200)
                .body("redactedText", equalTo("Inspector [person] met [candidate] agent, Mr [agent], and the [party] "
                        + "team at Bethel Street police station on 3 June 2026.\n\nKind regards,\n[person]"))
                .body("counts.person", equalTo(2)).body("counts.candidate", equalTo(1))
                .body("counts.agent", equalTo(1)).body("counts.party", equalTo(1))
                .body("removed.find { it.kind == 'person' }.text", equalTo("Jane Holloway"));
    }

    @Test
    void onlyTheSpocMayPreview() {
        UUID electionId = electionWith("Pat Previewer", "Open Party", "Oscar Agent");
        Map<String, Object> body = Map.of("electionId", electionId, "text", "Pat Previewer asked.");
        given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401)
                .body(not(containsString("Previewer")));
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(body).post(PATH).then()
                .statusCode(401);
        for (String role : List.of("auditor", "chief-constable", "returning-officer", "force-staff", "opcc-staff")) {
            given().auth().oauth2(Tokens.of(role)).contentType(ContentType.JSON).body(body).post(PATH).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.withoutRole()).contentType(ContentType.JSON).body(body).post(PATH).then()
                .statusCode(403);
        spoc().body(body).post(PATH).then().statusCode(200).body("redactedText", equalTo("[candidate] asked."));
    }

    @Test
    void anElectionWithoutARegistryIs404() {
        spoc().body(Map.of("electionId", UUID.randomUUID(), "text", "anything")).post(PATH).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badInputIs400NamingTheField() {
        spoc().body(Map.of("text", "no election")).post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body(containsString("electionId"));
        spoc().body(Map.of("electionId", UUID.randomUUID())).post(PATH).then().statusCode(400)
                .body(containsString("text"));
        spoc().body(Map.of("electionId", UUID.randomUUID(), "text", "x".repeat(50_001))).post(PATH).then()
                .statusCode(400).body(containsString("text")).body(containsString("50000"));
        spoc().body(Map.of("electionId", "not-a-uuid", "text", "hello")).post(PATH).then().statusCode(400)
                .body(not(containsString("Exception")));
        spoc().body("{").post(PATH).then().statusCode(400);
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() {
        given().get("/q/openapi").then().statusCode(200).body(containsString(PATH));
    }
}
