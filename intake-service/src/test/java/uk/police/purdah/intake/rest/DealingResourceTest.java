package uk.police.purdah.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.police.purdah.intake.rest.Fixtures.as;
import static uk.police.purdah.intake.rest.Fixtures.awaitEnvelope;
import static uk.police.purdah.intake.rest.Fixtures.awaitEvent;
import static uk.police.purdah.intake.rest.Fixtures.candidate;
import static uk.police.purdah.intake.rest.Fixtures.candidateForm;
import static uk.police.purdah.intake.rest.Fixtures.election;
import static uk.police.purdah.intake.rest.Fixtures.register;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.DealingRecorded;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.testsupport.DevStackResource;

/** The record of every dealing with a candidate (CAND-2, EQ-5, CAL-3, CAND-4). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class DealingResourceTest {

    private String electionId;
    private String candidateId;
    private String incumbentId;

    @BeforeEach
    void anElectionWithTheIncumbentAndAChallenger() {
        electionId = (String) election("2026-07-16").get("id");
        candidateId = candidate(electionId, "Cora Challenger");
        Map<String, Object> incumbent = candidateForm("Ivan Incumbent");
        incumbent.put("incumbentRole", "PCC");
        incumbentId = register(electionId, incumbent).statusCode(201).extract().path("id");
    }

    private Map<String, Object> form(String candidate) {
        Map<String, Object> form = new HashMap<>();
        form.put("electionId", electionId);
        form.put("candidateId", candidate);
        form.put("kind", "MEETING");
        form.put("occurredAt", OfferResourceTest.INSIDE_PURDAH);
        form.put("location", "Police HQ, Wymondham");
        form.put("summary", "Discussed the rural crime figures.");
        return form;
    }

    private static ValidatableResponse record(String user, Map<String, Object> form) {
        return as(user).body(form).post("/api/dealings").then();
    }

    @Test
    void cand2_eq5_aStatutoryDealingWithTheIncumbentIsRecordedAsStatutory() {
        Map<String, Object> form = form(incumbentId);
        form.put("capacity", "STATUTORY");
        String id = record("opcc-staff", form).statusCode(201)
                .body("capacity", equalTo("STATUTORY"))
                .body("statutory", equalTo(true))
                .body("recordedBy", equalTo("opcc-staff"))
                .body("insidePurdah", equalTo(true))
                .extract().path("id");
        EventEnvelope envelope = awaitEnvelope(EventType.DEALING_RECORDED, id);
        assertThat(envelope.actor()).isEqualTo("opcc-staff");
        DealingRecorded event = (DealingRecorded) envelope.data();
        assertThat(event.statutory()).isTrue();
        assertThat(event.capacity()).isEqualTo("STATUTORY");
        assertThat(event.recordedBy()).isEqualTo("opcc-staff");
        assertThat(event.kind()).isEqualTo("MEETING");
        assertThat(event.insidePurdah()).isTrue();
        assertThat(event.candidateId().toString()).isEqualTo(incumbentId);
        assertThat(event.occurredAt()).isEqualTo(OffsetDateTime.parse(OfferResourceTest.INSIDE_PURDAH));
        // exempt from parity, not from the record
        as("spoc").queryParam("electionId", electionId).get("/api/dealings").then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void cand2_theIncumbentAsACandidateIsNotStatutory() {
        Map<String, Object> form = form(incumbentId);
        form.put("capacity", "CANDIDATE");
        String id = record("spoc", form).statusCode(201).body("statutory", equalTo(false)).extract().path("id");
        DealingRecorded event = awaitEvent(EventType.DEALING_RECORDED, id);
        assertThat(event.statutory()).isFalse();
        assertThat(event.capacity()).isEqualTo("CANDIDATE");
    }

    @Test
    void cand2_theIncumbentsCapacityIsRequired() {
        record("spoc", form(incumbentId)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("capacity"));
        Map<String, Object> deputy = candidateForm("Dot Deputy");
        deputy.put("incumbentRole", "DEPUTY_PCC");
        String deputyId = register(electionId, deputy).statusCode(201).extract().path("id");
        record("spoc", form(deputyId)).statusCode(400).body("violations.field", hasItem("capacity"));
    }

    @Test
    void cand2_onlyTheIncumbentHasAStatutoryCapacity() {
        Map<String, Object> statutory = form(candidateId);
        statutory.put("capacity", "STATUTORY");
        record("spoc", statutory).statusCode(400).body("violations.field", hasItem("capacity"));
        // anyone else is dealt with as a candidate, without saying so
        record("force-staff", form(candidateId)).statusCode(201).body("capacity", equalTo("CANDIDATE"))
                .body("statutory", equalTo(false));
    }

    @Test
    void cal3_aDealingBeforePurdahIsNotInsideIt() {
        Map<String, Object> form = form(candidateId);
        form.put("occurredAt", OfferResourceTest.BEFORE_PURDAH);
        form.put("kind", "CALL");
        String id = record("force-staff", form).statusCode(201).body("insidePurdah", equalTo(false))
                .extract().path("id");
        DealingRecorded event = awaitEvent(EventType.DEALING_RECORDED, id);
        assertThat(event.insidePurdah()).isFalse();
    }

    @Test
    void dealings_staffSeeOnlyWhatTheyRecordedTheSpocAndTheChiefConstableSeeAll() {
        String bySpoc = record("spoc", form(candidateId)).statusCode(201).extract().path("id");
        String byForce = record("force-staff", form(candidateId)).statusCode(201).extract().path("id");
        String byOpcc = record("opcc-staff", form(candidateId)).statusCode(201).extract().path("id");

        as("force-staff").queryParam("electionId", electionId).get("/api/dealings").then().statusCode(200)
                .body("id", hasItem(byForce)).body("id", not(hasItem(bySpoc))).body("id", not(hasItem(byOpcc)))
                .body("recordedBy", not(hasItem("spoc")));
        as("opcc-staff").queryParam("electionId", electionId).get("/api/dealings").then().statusCode(200)
                .body("id", hasItem(byOpcc)).body("id", not(hasItem(byForce)));
        as("force-staff").get("/api/dealings/" + bySpoc).then().statusCode(404);
        as("force-staff").get("/api/dealings/" + byForce).then().statusCode(200).body("summary",
                equalTo("Discussed the rural crime figures."));
        as("spoc").queryParam("electionId", electionId).get("/api/dealings").then().statusCode(200)
                .body("id", hasItems(bySpoc, byForce, byOpcc));
        as("chief-constable").queryParam("electionId", electionId).queryParam("candidateId", candidateId)
                .get("/api/dealings").then().statusCode(200).body("id", hasItems(bySpoc, byForce, byOpcc));
        as("chief-constable").get("/api/dealings/" + byOpcc).then().statusCode(200)
                .body("recordedBy", equalTo("opcc-staff"));
    }

    @Test
    void dealings_badInputIsA400NamingTheField() {
        Map<String, Object> noTime = form(candidateId);
        noTime.remove("occurredAt");
        record("spoc", noTime).statusCode(400).body("violations.field", hasItem(containsString("occurredAt")));
        Map<String, Object> future = form(candidateId);
        future.put("occurredAt", "2099-01-01T10:00:00Z");
        record("spoc", future).statusCode(400).body("violations.field", hasItem(containsString("occurredAt")));
        Map<String, Object> badKind = form(candidateId);
        badKind.put("kind", "SEANCE");
        record("spoc", badKind).statusCode(400).body("violations.field", hasItem("kind"));
        Map<String, Object> noSummary = form(candidateId);
        noSummary.put("summary", " ");
        record("spoc", noSummary).statusCode(400).body("violations.field", hasItem(containsString("summary")));
        Map<String, Object> badCapacity = form(incumbentId);
        badCapacity.put("capacity", "PRIVATE");
        record("spoc", badCapacity).statusCode(400).body("violations.field", hasItem("capacity"));
        record("spoc", form(UUID.randomUUID().toString())).statusCode(400)
                .body("violations.field", hasItem("candidateId"));
        String elsewhere = candidate((String) election("2027-05-06").get("id"), "Eli Elsewhere");
        record("spoc", form(elsewhere)).statusCode(400).body("violations.field", hasItem("candidateId"));
        Map<String, Object> unknownElection = form(candidateId);
        unknownElection.put("electionId", UUID.randomUUID().toString());
        record("spoc", unknownElection).statusCode(400).body("violations.field", hasItem("electionId"));
        as("spoc").queryParam("candidateId", "x").get("/api/dealings").then().statusCode(400)
                .body("violations.field", hasItem("candidateId"));
    }

    @Test
    void dealings_anUnknownDealingIs404() {
        as("spoc").get("/api/dealings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void cand4_aDealingWithAFormerColleagueCarriesTheCaution() {
        Map<String, Object> former = candidateForm("Fern Former");
        former.put("formerColleague", true);
        String formerId = register(electionId, former).statusCode(201).extract().path("id");
        record("force-staff", form(formerId)).statusCode(201)
                .body("candidateCaution", containsString("preferential treatment"))
                .body("candidateName", equalTo("Fern Former"));
        record("force-staff", form(candidateId)).statusCode(201).body("candidateCaution", nullValue());
    }

    @Test
    void dealings_roles() {
        Fixtures.roleMatrix(List.of("force-staff", "opcc-staff", "spoc"),
                spec -> spec.body(form(candidateId)).post("/api/dealings").then());
        Fixtures.roleMatrix(List.of("spoc", "chief-constable", "force-staff", "opcc-staff"),
                spec -> spec.queryParam("electionId", electionId).get("/api/dealings").then());
        String id = record("spoc", form(candidateId)).statusCode(201).extract().path("id");
        // force-staff and opcc-staff may read one dealing, but only their own: someone else's is a 404
        as("spoc").get("/api/dealings/" + id).then().statusCode(200);
        as("chief-constable").get("/api/dealings/" + id).then().statusCode(200);
        as("force-staff").get("/api/dealings/" + id).then().statusCode(404);
        as("opcc-staff").get("/api/dealings/" + id).then().statusCode(404);
        as("auditor").get("/api/dealings/" + id).then().statusCode(403);
        as("returning-officer").get("/api/dealings/" + id).then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/dealings/" + id).then().statusCode(401);
    }
}
