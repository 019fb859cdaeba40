package uk.police.purdah.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.notification.testing.Events;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/** {@code GET /api/notifications}: the SPOC and the auditor read what was sent, to whom, and why; no one else. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class NotificationResourceTest {

    private static UUID election;
    private static RequestReceived request;
    private static String notificationId;

    @BeforeEach
    void aRoutedRequest() {
        if (notificationId != null) {
            return;
        }
        election = UUID.randomUUID();
        EventStream events = EventStream.shared();
        events.send(Events.election(election, "Norfolk"));
        request = Events.received(election, RequestKind.INFORMATION, Channel.PHONE, "Custody figures",
                OffsetDateTime.parse("2026-06-01T10:00:00+01:00"), null);
        events.send(request);
        events.send(Events.routed(request, "CHIEF_CONSTABLE_OFFICE"));
        notificationId = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given()
                .auth().oauth2(Tokens.of("spoc")).queryParam("electionId", election.toString())
                .queryParam("status", "SENT").get("/api/notifications").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class), ids -> ids.size() == 2).get(0);
    }

    @Test
    void theSpocAndTheAuditorReadTheNotificationsOfAnElection() {
        for (String role : new String[] {"spoc", "auditor"}) {
            given().auth().oauth2(Tokens.of(role)).queryParam("electionId", election.toString())
                    .queryParam("reason", "request_routed")
                    .when().get("/api/notifications")
                    .then().statusCode(200).body("$", hasSize(1))
                    .body("[0].subjectId", equalTo(request.requestId().toString()))
                    .body("[0].rule", equalTo("INT-1"))
                    .body("[0].recipientRoles[0]", equalTo("SPOC"))
                    .body("[0].recipients[0]", equalTo("spoc@opcc.example"))
                    .body("[0].status", equalTo("SENT"))
                    .body("[0].attempts", equalTo(1))
                    .body("[0].mailSubject", equalTo("[Purdah] New candidate request for the register: Custody"
                            + " figures"));
        }
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/notifications/" + notificationId)
                .then().statusCode(200).body("id", equalTo(notificationId)).body("electionId",
                        equalTo(election.toString()));
    }

    @Test
    void otherRolesAre403AndNoTokenIs401() {
        for (String role : new String[] {"chief-constable", "force-staff", "opcc-staff", "returning-officer"}) {
            given().auth().oauth2(Tokens.of(role)).queryParam("electionId", election.toString())
                    .when().get("/api/notifications").then().statusCode(403);
            given().auth().oauth2(Tokens.of(role)).when().get("/api/notifications/" + notificationId)
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.withoutRole()).queryParam("electionId", election.toString())
                .when().get("/api/notifications").then().statusCode(403);
        given().queryParam("electionId", election.toString()).when().get("/api/notifications").then()
                .statusCode(401);
        given().when().get("/api/notifications/" + notificationId).then().statusCode(401);
    }

    @Test
    void badParametersAre400NamingThemAndUnknownIdsAre404() {
        given().auth().oauth2(Tokens.of("spoc")).when().get("/api/notifications")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body(containsString("electionId"));
        given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", "not-a-uuid")
                .queryParam("reason", "SOMETHING").when().get("/api/notifications")
                .then().statusCode(400).body(containsString("electionId")).body(containsString("reason"));
        given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", election.toString())
                .queryParam("status", "LOST").when().get("/api/notifications")
                .then().statusCode(400).body(containsString("status"));
        given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", UUID.randomUUID().toString())
                .when().get("/api/notifications").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(Tokens.of("spoc")).when().get("/api/notifications/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("spoc")).when().get("/api/notifications/nope")
                .then().statusCode(400).body(containsString("id"));
    }
}
