package uk.police.purdah.publication.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.police.purdah.publication.service.Fixtures.events;
import static uk.police.purdah.publication.service.Fixtures.spoc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.police.purdah.events.EngagementHeld;
import uk.police.purdah.events.OfferExtended;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** PUB-1, PUB-3, PUB-4, PUB-5 and PUB-7 from real events, through the review API, to the public API. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class PublicationWorkflowTest {

    private static final String TOPIC = "purdah.publications";

    @Inject
    PublicationWorkflow workflow;

    @AfterEach
    void systemClock() {
        TestClock.reset();
    }

    @Test
    void pub1_anApprovedResponseIsQueuedWithItsRequestAnonymised() {
        Fixtures f = new Fixtures();
        UUID requestId = f.response("Question from Margaret Thornbury",
                "Margaret Thornbury (m.thornbury@example.org, 01632 960123) asks how many PCSOs serve Dereham.",
                "Dear Ms Thornbury, 41 PCSOs serve the Dereham area.", "2026-05-12");
        JsonPath item = f.queued(requestId);
        assertThat(item.getString("kind")).isEqualTo("RESPONSE");
        assertThat(item.getString("status")).isEqualTo("PENDING");
        assertThat(item.getString("title")).isEqualTo("Question from [candidate]");
        assertThat(item.getString("requestText")).isEqualTo("[candidate] ([email], [phone]) asks how many PCSOs "
                + "serve Dereham.");
        assertThat(item.getString("text")).isEqualTo("Dear Ms [candidate], 41 PCSOs serve the Dereham area.");
        assertThat(item.getInt("removed.candidate")).isEqualTo(3);
        assertThat(item.prettify()).doesNotContain("Thornbury").doesNotContain("09:47");

        String id = item.getString("id");
        ConsumerRecord<String, String> queued = events.awaitRecord(TOPIC, r -> r.value().contains(id)
                && r.value().contains("uk.police.purdah.publication.queued"));
        assertThat(queued.key()).isEqualTo(f.electionId.toString());
        assertThat(queued.value()).contains(requestId.toString()).contains("RESPONSE");
    }

    @Test
    void pub1_meetingNotesAreQueuedAndBriefingMaterialOnceForAllCandidates() {
        Fixtures f = new Fixtures();
        UUID offer1 = UUID.randomUUID();
        UUID offer2 = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-05-05T14:00:00+01:00");
        String material = "Briefing on rural crime: 1,204 offences were recorded in 2025.";
        events.send(new OfferExtended(f.electionId, offer1, f.candidateId, OfferKind.BRIEFING, "Chief Constable",
                material, at, false));
        events.send(new OfferExtended(f.electionId, offer2, f.incumbentId, OfferKind.BRIEFING, "Chief Constable",
                material, at, false));
        events.send(new EngagementHeld(f.electionId, offer1, f.candidateId, at.plusDays(7),
                "Margaret Thornbury asked about rural patrols; the Chief Constable described the rural crime team.",
                false));
        JsonPath notes = await(f, "MEETING_NOTES");
        assertThat(notes.getString("title")).isEqualTo("Notes of a briefing with a candidate (Chief Constable)");
        assertThat(notes.getString("text")).isEqualTo("[candidate] asked about rural patrols; the Chief Constable "
                + "described the rural crime team.");
        List<Map<String, Object>> queue = spoc().get("/api/review?electionId=" + f.electionId).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.kind == 'BRIEFING_MATERIAL' }");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0)).containsEntry("text", material).containsEntry("sourceId", offer1.toString());
    }

    @Test
    void pub1_aRedeliveredEventQueuesNothingTwiceAndNotesInsidePurdahAreChecked() {
        Fixtures f = new Fixtures();
        UUID offer = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-06-15T14:00:00+01:00");
        events.send(new OfferExtended(f.electionId, offer, f.candidateId, OfferKind.VISIT, "Chief Constable", null,
                at, true));
        uk.police.purdah.events.EventEnvelope held = events.send(new EngagementHeld(f.electionId, offer,
                f.candidateId, at.plusDays(1), "Margaret Thornbury visited the control room. She is a brilliant "
                        + "listener.", true));
        events.send(held);
        JsonPath notes = await(f, "MEETING_NOTES");
        assertThat(notes.getString("title")).isEqualTo("Notes of a visit with a candidate (Chief Constable)");
        assertThat(notes.getBoolean("factualCheck.held")).isTrue();
        assertThat(notes.getList("factualCheck.reasons.wording")).containsExactly("brilliant");
        // a later event on the same key shows the redelivery was consumed before it
        UUID later = f.response("Later", "Q?", "A.", "2026-05-12");
        f.queued(later);
        assertThat(spoc().get("/api/review?electionId=" + f.electionId).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'MEETING_NOTES' }")).hasSize(1);
    }

    private static JsonPath await(Fixtures f, String kind) {
        return org.awaitility.Awaitility.await().atMost(Fixtures.WAIT).until(() -> {
            JsonPath queue = spoc().get("/api/review?electionId=" + f.electionId).then().statusCode(200).extract()
                    .jsonPath();
            return queue.getList("findAll { it.kind == '" + kind + "' }").isEmpty() ? null
                    : new JsonPath(queue.prettify()).setRootPath("find { it.kind == '" + kind + "' }");
        }, java.util.Objects::nonNull);
    }

    @Test
    void pub3_anEditedApprovalIsAnonymisedAgainAndTheDifferenceKept() {
        Fixtures f = new Fixtures();
        String id = f.queued(f.response("PCSO numbers", "How many PCSOs serve Dereham?", "41 PCSOs.", "2026-05-12"))
                .getString("id");
        TestClock.setLondon("2026-05-14T08:30:00");
        JsonPath approved = spoc().body(Map.of("text", "41 PCSOs, as Margaret Thornbury was told on the phone."))
                .post("/api/review/" + id + "/approval").then().statusCode(200).extract().jsonPath();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("text")).isEqualTo("41 PCSOs, as [candidate] was told on the phone.");
        assertThat(approved.getString("queuedText")).isEqualTo("41 PCSOs.");
        assertThat(approved.getString("editDiff")).isEqualTo("text: 41 [-PCSOs.-]{+PCSOs, as [candidate] was told "
                + "on the phone.+}\n");
        assertThat(approved.getString("reviewedBy")).isEqualTo("spoc");
        assertThat(approved.getString("releaseOn")).as("before 10:00: today's release").isEqualTo("2026-05-14");
        ConsumerRecord<String, String> event = events.awaitRecord(TOPIC, r -> r.value().contains(id)
                && r.value().contains("publication.approved"));
        assertThat(event.value()).contains("\"edited\":true").contains("\"releaseOn\":\"2026-05-14\"")
                .contains("\"approvedBy\":\"spoc\"");
        spoc().post("/api/review/" + id + "/approval").then().statusCode(409);
        spoc().body(Map.of("reason", "late")).post("/api/review/" + id + "/return").then().statusCode(409);
    }

    @Test
    void pub3_aReturnNeedsAReasonIsAnEventAndIsNeverPublished() {
        Fixtures f = new Fixtures();
        String id = f.queued(f.response("Visit", "Could I visit the control room?", "Yes.", "2026-05-12"))
                .getString("id");
        spoc().body(Map.of()).post("/api/review/" + id + "/return").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("reason"));
        spoc().body(Map.of("reason", "x".repeat(2001))).post("/api/review/" + id + "/return").then().statusCode(400)
                .body(containsString("reason"));
        spoc().body(Map.of("reason", "the response names an officer")).post("/api/review/" + id + "/return").then()
                .statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("the response names an officer"));
        events.awaitRecord(TOPIC, r -> r.value().contains(id) && r.value().contains("publication.returned")
                && r.value().contains("the response names an officer"));
        spoc().post("/api/review/" + id + "/approval").then().statusCode(409);
        workflow.release();
        given().get("/api/publications/" + id).then().statusCode(404);
    }

    @Test
    void pub3_reviewIsForTheSpocOnly() {
        Fixtures f = new Fixtures();
        String id = f.queued(f.response("Roles", "A question?", "An answer.", "2026-05-12")).getString("id");
        for (String path : List.of("/api/review", "/api/review/" + id)) {
            given().get(path).then().statusCode(401);
            for (String role : List.of("force-staff", "opcc-staff", "chief-constable", "auditor",
                    "returning-officer")) {
                given().auth().oauth2(Tokens.of(role)).get(path).then().statusCode(403);
            }
        }
        given().contentType(ContentType.JSON).post("/api/review/" + id + "/approval").then().statusCode(401);
        given().auth().oauth2(Tokens.of("opcc-staff")).contentType(ContentType.JSON)
                .post("/api/review/" + id + "/approval").then().statusCode(403);
        given().auth().oauth2(Tokens.withoutRole()).contentType(ContentType.JSON).body(Map.of("reason", "r"))
                .post("/api/review/" + id + "/return").then().statusCode(403);
        spoc().get("/api/review/" + UUID.randomUUID()).then().statusCode(404);
        spoc().post("/api/review/" + UUID.randomUUID() + "/approval").then().statusCode(404);
        spoc().get("/api/review?status=SOMETIMES&electionId=nope").then().statusCode(400)
                .body(containsString("status")).body(containsString("electionId"));
        spoc().body(Map.of("text", "y".repeat(50_001))).post("/api/review/" + id + "/approval").then()
                .statusCode(400).body(containsString("text"));
        spoc().body(Map.of("requestText", "not a response?")).post("/api/review/" + UUID.randomUUID()
                + "/approval").then().statusCode(404);
        spoc().get("/api/review/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void pub4_approvedItemsGoOutAtTheNextReleaseDatedByTheDayOnly() {
        Fixtures f = new Fixtures();
        String id = f.queued(f.response("Release", "When are the figures out?", "In June.", "2026-05-12"))
                .getString("id");
        TestClock.setLondon("2026-05-20T11:30:00");
        spoc().post("/api/review/" + id + "/approval").then().statusCode(200)
                .body("releaseOn", equalTo("2026-05-21"));
        workflow.release();
        given().get("/api/publications/" + id).then().statusCode(404);

        TestClock.setLondon("2026-05-21T10:00:00");
        workflow.release();
        String json = given().get("/api/publications/" + id).then().statusCode(200)
                .body("publishedOn", equalTo("2026-05-21")).body("status", equalTo("PUBLISHED"))
                .body("text", equalTo("In June.")).body("requestText", equalTo("When are the figures out?"))
                .extract().asString();
        assertThat(json).as("no time of day in public output").doesNotContainPattern("T\\d\\d:\\d\\d")
                .doesNotContain("09:47").doesNotContain("reviewedBy").doesNotContain("queued");
        ConsumerRecord<String, String> published = events.awaitRecord(TOPIC, r -> r.value().contains(id)
                && r.value().contains("publication.published"));
        assertThat(published.value()).contains("\"publishedOn\":\"2026-05-21\"");
    }

    @Test
    void pub4_theReleaseScheduleFollowsTheCronInLondonTime() {
        ReleaseSchedule daily = new ReleaseSchedule(ReleaseSchedule.DEFAULT_CRON, TestClock.LONDON);
        // 09:59 BST is 08:59 UTC: still today's release; 10:00 has gone: tomorrow's
        assertThat(daily.nextReleaseDay(java.time.Instant.parse("2026-06-10T08:59:00Z")))
                .isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(daily.nextReleaseDay(java.time.Instant.parse("2026-06-10T09:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 6, 11));
        // in winter London is on UTC
        assertThat(daily.nextReleaseDay(java.time.Instant.parse("2026-12-10T09:59:00Z")))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        ReleaseSchedule weekly = new ReleaseSchedule("0 0 10 ? * MON", TestClock.LONDON);
        assertThat(weekly.nextReleaseDay(java.time.Instant.parse("2026-06-10T12:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void pub5_insidePurdahPromotionalTextIsHeldWithTheReasonAndNeedsAnEditOrAReason() {
        Fixtures f = new Fixtures();
        // approved on 12 June 2026: inside the purdah window (4 June to 16 July)
        String id = f.queued(f.response("Patrols", "Margaret Thornbury asks about patrols in Dereham.",
                "Patrols doubled in 2025. Margaret Thornbury is an excellent candidate who deserves support.",
                "2026-06-10")).getString("id");
        JsonPath held = spoc().get("/api/review/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(held.getBoolean("factualCheck.applies")).isTrue();
        assertThat(held.getBoolean("factualCheck.held")).isTrue();
        assertThat(held.getList("factualCheck.reasons.wording")).containsExactly("excellent", "deserves");
        assertThat(held.getString("factualCheck.reasons[0].sentence"))
                .isEqualTo("[candidate] is an excellent candidate who deserves support.");

        spoc().post("/api/review/" + id + "/approval").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("factualCheckOverride"))
                .body(containsString("excellent"));
        spoc().body(Map.of("text", "Patrols doubled in 2025.")).post("/api/review/" + id + "/approval").then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("factualCheck.held", equalTo(false))
                .body("factualCheck.override", nullValue());
    }

    @Test
    void pub5_aHeldTextMayBeApprovedWithARecordedReason() {
        Fixtures f = new Fixtures();
        String id = f.queued(f.response("Budget", "What did the budget fund?",
                "Thanks to the PCC, record investment put 80 more officers on the streets.", "2026-06-10"))
                .getString("id");
        spoc().get("/api/review/" + id).then().body("factualCheck.reasons.rule",
                org.hamcrest.Matchers.everyItem(equalTo(FactualCheck.INCUMBENT_RULE)));
        spoc().body(Map.of("factualCheckOverride", "quotes the published budget report verbatim"))
                .post("/api/review/" + id + "/approval").then().statusCode(200)
                .body("factualCheck.override", equalTo("quotes the published budget report verbatim"));
    }

    @Test
    void pub5_theSameTextOutsidePurdahIsNotHeldAndFactualTextInsideIsNotHeld() {
        Fixtures f = new Fixtures();
        String before = f.queued(f.response("Patrols", "Asked about patrols.",
                "Margaret Thornbury is an excellent candidate.", "2026-04-01")).getString("id");
        spoc().get("/api/review/" + before).then().body("factualCheck.applies", equalTo(false))
                .body("factualCheck.held", equalTo(false));
        String factual = f.queued(f.response("Patrols", "Margaret Thornbury asks about patrols.",
                "Margaret Thornbury was told that patrols doubled in 2025; the PCC set the budget in February.",
                "2026-06-10")).getString("id");
        spoc().get("/api/review/" + factual).then().body("factualCheck.applies", equalTo(true))
                .body("factualCheck.held", equalTo(false));
        spoc().post("/api/review/" + factual + "/approval").then().statusCode(200);
    }

    @Test
    void pub7_aWithdrawnPublicationLeavesANoticeWithTheReason() {
        Fixtures f = new Fixtures();
        String id = f.published("Withdrawal", "What is the response time?", "Twelve minutes on average.");
        given().get("/api/publications/" + id).then().statusCode(200).body("text", equalTo("Twelve minutes on "
                + "average."));
        given().contentType(ContentType.JSON).body(Map.of("reason", "r")).post("/api/publications/" + id
                + "/withdrawal").then().statusCode(401);
        given().auth().oauth2(Tokens.of("chief-constable")).contentType(ContentType.JSON).body(Map.of("reason", "r"))
                .post("/api/publications/" + id + "/withdrawal").then().statusCode(403);
        spoc().body(Map.of("reason", " ")).post("/api/publications/" + id + "/withdrawal").then().statusCode(400)
                .body(containsString("reason"));
        spoc().body(Map.of("reason", "r")).post("/api/publications/" + UUID.randomUUID() + "/withdrawal").then()
                .statusCode(404);
        spoc().body(Map.of("reason", "the figure was wrong; a corrected response follows"))
                .post("/api/publications/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().get("/api/publications/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("the figure was wrong; a corrected response follows"))
                .body("withdrawal.withdrawnOn", not(nullValue())).body("text", nullValue())
                .body("requestText", nullValue()).body(not(containsString("Twelve")));
        events.awaitRecord(TOPIC, r -> r.value().contains(id) && r.value().contains("publication.withdrawn"));
        spoc().body(Map.of("reason", "again")).post("/api/publications/" + id + "/withdrawal").then()
                .statusCode(409);
        String pending = f.queued(f.response("Pending", "Q?", "A.", "2026-05-12")).getString("id");
        spoc().body(Map.of("reason", "not yet out")).post("/api/publications/" + pending + "/withdrawal").then()
                .statusCode(409);
    }
}
