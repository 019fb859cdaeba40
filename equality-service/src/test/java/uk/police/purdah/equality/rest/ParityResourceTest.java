package uk.police.purdah.equality.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static uk.police.purdah.testsupport.SampleEvents.candidate;
import static uk.police.purdah.testsupport.SampleEvents.request;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.SampleEvents;
import uk.police.purdah.testsupport.Tokens;

/** The parity view built from real events on a real broker, read with real tokens (EQ-7, DESIGN §5, §6). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ParityResourceTest {

    private static final EventStream events = EventStream.shared();
    private UUID electionId;

    @BeforeEach
    void anElection() {
        electionId = UUID.randomUUID();
        events.send(SampleEvents.election(electionId));
    }



    @Test
    void theViewIsBuiltFromTheEvents() {
        CandidateRegistered ann = (CandidateRegistered) events.send(candidate(electionId, "Ann Able")).data();
        CandidateRegistered bob = (CandidateRegistered) events.send(candidate(electionId, "Bob Baker")).data();
        CandidateRegistered cat = (CandidateRegistered) events.send(candidate(electionId, "Cat Cole")).data();
        events.send(new CandidateDeclared(electionId, ann.candidateId(), LocalDate.of(2026, 6, 20)));
        events.send(new CandidateWithdrawn(electionId, cat.candidateId(), LocalDate.of(2026, 6, 21), "stood down"));
        events.send(request(electionId, ann.candidateId()));
        events.send(request(electionId, ann.candidateId()));
        events.send(request(electionId, bob.candidateId()));
        events.send(new ElectionUpdated(electionId, "Norfolk", "ENGLAND", LocalDate.of(2026, 7, 23),
                LocalDate.of(2026, 6, 11), null, null, 2));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> parity("returning-officer")
                .body("electionId", equalTo(electionId.toString()))
                .body("policeArea", equalTo("Norfolk"))
                .body("pollDate", equalTo("2026-07-23"))
                .body("candidates.name", contains("Ann Able", "Bob Baker", "Cat Cole"))
                .body("candidates.candidateId", contains(ann.candidateId().toString(), bob.candidateId().toString(),
                        cat.candidateId().toString()))
                .body("candidates.status", contains("DECLARED", "PROSPECTIVE", "WITHDRAWN"))
                .body("candidates.requests", contains(2, 1, 0)));
    }

    @Test
    void anElectionWithoutCandidatesHasAnEmptyView() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> parity("spoc")
                .body("policeArea", equalTo("Norfolk"))
                .body("candidates", hasSize(0)));
    }

    @Test
    void anUnknownElectionIsA404Problem() {
        given().auth().oauth2(Tokens.of("spoc")).get("/api/elections/" + UUID.randomUUID() + "/parity").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no election"))
                .body(not(containsString("Exception")));
        given().auth().oauth2(Tokens.of("spoc")).get("/api/elections/not-a-uuid/parity").then()
                .statusCode(404);
    }

    @Test
    void everyReadingRoleMaySeeIt() {
        for (String role : List.of("spoc", "chief-constable", "returning-officer", "auditor")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> parity(role).statusCode(200));
        }
    }

    @Test
    void noTokenIs401AndTheWrongRoleOrNoRoleIs403() {
        String path = "/api/elections/" + electionId + "/parity";
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get(path).then().statusCode(401);
        given().auth().oauth2(Tokens.of("force-staff")).get(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("opcc-staff")).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.withoutRole()).get(path).then().statusCode(403);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("event-view"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/elections/{id}/parity"));
        given().get("/q/metrics").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse parity(String role) {
        return given().auth().oauth2(Tokens.of(role)).get("/api/elections/" + electionId + "/parity").then()
                .statusCode(200);
    }
}
