package uk.police.purdah.equality.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_1;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_2;
import static uk.police.purdah.equality.testing.ParityEvents.REGISTRATION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.equality.testing.Findings;
import uk.police.purdah.equality.testing.ParityEvents;
import uk.police.purdah.equality.testing.TestClock;
import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.FindingBreached;
import uk.police.purdah.events.FindingOpened;
import uk.police.purdah.events.FindingResolved;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * The scenario of issue 5's "Done when", against the real broker and database: four candidates; a briefing
 * offered to one on day 1 and to two more on day 2; the fourth never offered is owed it by one open finding,
 * breached once the grace period has passed; a fifth candidate declared afterwards is owed the briefing too;
 * the SPOC's justification resolves a consistency finding.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class ParityScenarioTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eq1_eq2_eq3_fourthCandidateNeverOfferedIsOwedThenBreached_fifthOwedToo_justificationResolves() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        UUID cat = e.candidate("Cat Cole", REGISTRATION);
        UUID dan = e.candidate("Dan Dale", REGISTRATION);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(4)));

        e.briefing(ann, DAY_1);
        e.briefing(bob, DAY_2);
        e.briefing(cat, DAY_2);

        // EQ-1: one open finding, naming the fourth, due by the end of the second working day after day 1
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> e.findings("?status=open")
                .body("", hasSize(1))
                .body("[0].rule", equalTo("EQ-1"))
                .body("[0].offer.kind", equalTo("BRIEFING"))
                .body("[0].owed.findAll { it.state == 'OWED' }.name", contains("Dan Dale"))
                .body("[0].owed.findAll { it.state == 'EXTENDED' }.name", contains("Bob Baker", "Cat Cole"))
                .body("[0].breached", equalTo(false)));
        String findingText = e.findings("?status=open").extract().path("[0].id");
        UUID finding = UUID.fromString(findingText);
        Object dueBy = e.findings("?status=open").extract().path("[0].dueBy");
        assertThat(Findings.instant(dueBy)).as("Monday 1 June + 2 working days: owed by the end of Wednesday 3 June")
                .isEqualTo(Instant.parse("2026-06-03T23:00:00Z"));
        EventEnvelope opened = Findings.await("finding.opened", e.electionId, finding);
        assertThat(((FindingOpened) opened.data()).owedCandidates()).containsExactlyInAnyOrder(bob, cat, dan);
        assertThat(((FindingOpened) opened.data()).rule()).isEqualTo("EQ-1");
        e.parity("returning-officer")
                .body("offers.key", contains("BRIEFING"))
                .body("candidates.name", contains("Ann Able", "Bob Baker", "Cat Cole", "Dan Dale"))
                .body("candidates.cells.state.flatten()", contains("OFFERED", "OFFERED", "OFFERED", "NOT_OFFERED"))
                .body("candidates.cells.owed.flatten()", contains(false, false, false, true));

        // past the grace period the scheduled check breaches it, with its own event
        clock.set(Instant.parse("2026-06-04T08:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> e.findings("?status=open")
                .body("[0].breached", equalTo(true))
                .body("[0].owed.findAll { it.state == 'OWED' }.name", contains("Dan Dale")));
        EventEnvelope breached = Findings.await("finding.breached", e.electionId, finding);
        assertThat(((FindingBreached) breached.data()).owedCandidates()).containsExactly(dan);
        assertThat(((FindingBreached) breached.data()).breachedAt().toInstant())
                .isEqualTo(Instant.parse("2026-06-03T23:00:00Z"));

        // EQ-2: a fifth candidate declared afterwards is owed the briefing too, from when they stood
        UUID eve = e.candidate("Eve Evans", DAY_2.plusDays(3));
        e.send(new CandidateDeclared(e.electionId, eve, LocalDate.of(2026, 6, 8)), DAY_2.plusDays(6));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> e.findings("?status=open&rule=EQ-2")
                .body("", hasSize(1))
                .body("[0].offer.kind", equalTo("BRIEFING"))
                .body("[0].owed.name", contains("Eve Evans"))
                .body("[0].breached", equalTo(false)));
        e.parity("auditor").body("candidates.find { it.name == 'Eve Evans' }.status", equalTo("DECLARED"))
                .body("candidates.find { it.name == 'Eve Evans' }.cells[0].owed", equalTo(true));

        // EQ-3: two requests of the same kind and purpose decided differently; the SPOC's justification resolves it
        UUID annVisit = e.request(ann, RequestKind.VISIT, DAY_1);
        UUID bobVisit = e.request(bob, RequestKind.VISIT, DAY_1);
        e.decide(annVisit, ann, RequestKind.VISIT, "Fact-finding visit to the control room", Decision.GRANTED, DAY_2);
        e.decide(bobVisit, bob, RequestKind.VISIT, "fact finding visit to the control room.", Decision.REFUSED,
                DAY_2.plusHours(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> e.findings("?status=open&rule=EQ-3")
                .body("", hasSize(1))
                .body("[0].requests.requestId", contains(annVisit.toString(), bobVisit.toString()))
                .body("[0].requests.decision", contains("GRANTED", "REFUSED"))
                .body("[0].owed.name", contains("Bob Baker")));
        String consistency = e.findings("?status=open&rule=EQ-3").extract().path("[0].id");
        given().auth().oauth2(Tokens.of("spoc")).contentType("application/json")
                .body("{\"reason\":\"Bob's visit would have coincided with a live firearms operation; offered another date\"}")
                .post("/api/findings/" + consistency + "/justification").then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution", equalTo("JUSTIFIED"))
                .body("justifiedBy", equalTo("spoc"))
                .body("history.change", contains("OPENED", "RESOLVED"));
        e.findings("?rule=EQ-3").body("", hasSize(1)).body("[0].status", equalTo("RESOLVED"))
                .body("[0].justification", equalTo(
                        "Bob's visit would have coincided with a live firearms operation; offered another date"));
        EventEnvelope resolved = Findings.await("finding.resolved", e.electionId, UUID.fromString(consistency));
        assertThat(((FindingResolved) resolved.data()).resolution()).isEqualTo("JUSTIFIED");
        assertThat(resolved.actor()).isEqualTo("spoc");

        // EQ-6: the late offer to the fourth ends the breached finding; its history stays
        e.briefing(dan, DAY_2.plusDays(4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("auditor"))
                .get("/api/findings/" + finding).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution", equalTo("OFFER_EXTENDED"))
                .body("breached", equalTo(true))
                .body("history.change", equalTo(List.of("OPENED", "EXTENDED", "EXTENDED", "BREACHED", "EXTENDED",
                        "RESOLVED"))));
    }
}
