package uk.police.purdah.publication.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateUpdated;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/** The candidate registry from real events: full identities for the SPOC, names and parties for all (PUB-2, PUB-6). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class CandidateRegistryTest {

    private static final EventStream events = EventStream.shared();
    private UUID electionId;

    @BeforeEach
    void anElection() {
        electionId = UUID.randomUUID();
    }

    private CandidateRegistered register(String name, String party, String agent, String email, String phone,
            String address, String postcode, String handle) {
        CandidateRegistered body = new CandidateRegistered(electionId, UUID.randomUUID(), new CandidateIdentity(name,
                party, agent, email, phone, address, postcode, List.of(handle)), IncumbentRole.NONE, false, List.of());
        events.send(body);
        return body;
    }

    @Test
    void thePublicListNeverShowsContactsOrAgentsThoughTheRegistryHasThem() {
        CandidateRegistered jane = register("Jane Example", "Example Party", "Agnes Agent", "jane@example.org",
                "01632 960123", "12 Mill Lane, Dereham", "NR19 1AB", "@janeforpcc");
        register("Ken Other", "Other Party", "Oscar Agent", "ken@example.net", "07700 900456",
                "3 Church Road, Thetford", "IP24 2CD", "@kenother");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registry()
                .body("name", contains("Jane Example", "Ken Other"))
                .body("[0].candidateId", equalTo(jane.candidateId().toString()))
                .body("[0].electionId", equalTo(electionId.toString()))
                .body("[0].party", equalTo("Example Party"))
                .body("[0].agentName", equalTo("Agnes Agent"))
                .body("[0].email", equalTo("jane@example.org"))
                .body("[0].phone", equalTo("01632 960123"))
                .body("[0].address", equalTo("12 Mill Lane, Dereham"))
                .body("[0].postcode", equalTo("NR19 1AB"))
                .body("[0].socialHandles", contains("@janeforpcc"))
                .body("[0].status", equalTo("PROSPECTIVE"))
                .body("[0].updatedAt", not(equalTo(null))));

        String body = publicList().statusCode(200)
                .body("name", contains("Jane Example", "Ken Other"))
                .body("party", contains("Example Party", "Other Party"))
                .extract().asString();
        List<Map<String, Object>> entries = given().get("/api/elections/" + electionId + "/candidates").then()
                .extract().jsonPath().getList("$");
        assertThat(entries).allSatisfy(entry -> assertThat(entry).containsOnlyKeys("name", "party"));
        assertThat(body).doesNotContain("jane@example.org", "ken@example.net", "01632 960123", "07700 900456",
                "Agnes Agent", "Oscar Agent", "Mill Lane", "Church Road", "NR19", "IP24", "@janeforpcc", "@kenother",
                "email", "phone", "agent", "address", "postcode");
    }

    @Test
    void declaredAndUpdatedShowWithdrawnLeavesThePublicListButNotTheRegistry() {
        CandidateRegistered ann = register("Ann Able", "Able Party", "A Agent", "ann@example.org", "01632 960001",
                "1 High St", "NR1 1AA", "@ann");
        CandidateRegistered bob = register("Bob Baker", "Baker Party", "B Agent", "bob@example.org", "01632 960002",
                "2 High St", "NR1 1AB", "@bob");
        events.send(new CandidateDeclared(electionId, ann.candidateId(), LocalDate.of(2026, 6, 20)));
        events.send(new CandidateUpdated(electionId, ann.candidateId(), new CandidateIdentity("Ann Able",
                "New Party", "New Agent", "ann@new.example.org", "01632 960009", "9 New Rd", "NR9 9ZZ",
                List.of("@annnew")), IncumbentRole.NONE, false));
        events.send(new CandidateWithdrawn(electionId, bob.candidateId(), LocalDate.of(2026, 6, 21), "stood down"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registry()
                .body("name", contains("Ann Able", "Bob Baker"))
                .body("status", contains("DECLARED", "WITHDRAWN"))
                .body("[0].party", equalTo("New Party"))
                .body("[0].email", equalTo("ann@new.example.org")));
        publicList().statusCode(200)
                .body("name", contains("Ann Able"))
                .body("party", contains("New Party"))
                .body(not(containsString("Bob Baker")));
    }

    @Test
    void anUnknownElectionIsA404ProblemOnBothEndpoints() {
        publicList().statusCode(404).contentType("application/problem+json").body("status", equalTo(404))
                .body(not(containsString("Exception")));
        given().auth().oauth2(Tokens.of("spoc")).get("/api/registry/" + electionId).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/elections/not-a-uuid/candidates").then().statusCode(404);
    }

    @Test
    void theRegistryIsForTheSpocOnlyThePublicListForAnyone() {
        register("Pat Public", "Open Party", "P Agent", "pat@example.org", "01632 960077", "7 Lane", "NR7 7AA",
                "@pat");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> publicList().statusCode(200)
                .body("name", contains("Pat Public")));

        String path = "/api/registry/" + electionId;
        given().get(path).then().statusCode(401).contentType("application/problem+json")
                .body(not(containsString("pat@example.org")));
        given().auth().oauth2("not-a-token").get(path).then().statusCode(401);
        for (String role : List.of("auditor", "chief-constable", "returning-officer", "force-staff", "opcc-staff")) {
            given().auth().oauth2(Tokens.of(role)).get(path).then().statusCode(403)
                    .contentType("application/problem+json").body(not(containsString("pat@example.org")));
        }
        given().auth().oauth2(Tokens.withoutRole()).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.of("spoc")).get(path).then().statusCode(200)
                .body("email", contains("pat@example.org"));
        given().auth().oauth2(Tokens.withoutRole()).get("/api/elections/" + electionId + "/candidates").then()
                .statusCode(200).body("name", contains("Pat Public"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("event-view"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/elections/{id}/candidates"))
                .body(containsString("/api/registry/{electionId}"));
        given().get("/q/metrics").then().statusCode(200);
    }

    private ValidatableResponse registry() {
        return given().auth().oauth2(Tokens.of("spoc")).get("/api/registry/" + electionId).then().statusCode(200);
    }

    private ValidatableResponse publicList() {
        return given().get("/api/elections/" + electionId + "/candidates").then();
    }
}
