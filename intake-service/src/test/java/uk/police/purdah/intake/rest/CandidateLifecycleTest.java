package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.police.purdah.intake.rest.Fixtures.FUTURE_POLL;
import static uk.police.purdah.intake.rest.Fixtures.as;
import static uk.police.purdah.intake.rest.Fixtures.awaitEvent;
import static uk.police.purdah.intake.rest.Fixtures.candidate;
import static uk.police.purdah.intake.rest.Fixtures.candidateForm;
import static uk.police.purdah.intake.rest.Fixtures.election;
import static uk.police.purdah.intake.rest.Fixtures.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateUpdated;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** The candidate registry: lifecycle (CAND-1), incumbents (CAND-2), eligibility warnings (CAND-3), former colleagues (CAND-4). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class CandidateLifecycleTest {

    private String electionId;
    private LocalDate nominationsClose;

    @BeforeEach
    void anElectionStillToCome() {
        Map<String, Object> election = election(FUTURE_POLL);
        electionId = (String) election.get("id");
        nominationsClose = OffsetDateTime.parse((String) election.get("nominationsClose"))
                .atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDate();
    }

    private static ValidatableResponse declare(String candidateId, Object body) {
        var spec = as("spoc");
        if (body != null) {
            spec.body(body);
        }
        return spec.post("/api/candidates/" + candidateId + "/declaration").then();
    }

    private static ValidatableResponse withdraw(String candidateId, Object body) {
        return as("spoc").body(body).post("/api/candidates/" + candidateId + "/withdrawal").then();
    }

    // CAND-1

    @Test
    void cand1_aProspectiveCandidateIsDeclaredOnTheDayGiven() {
        String id = candidate(electionId, "Ann Declared");
        declare(id, Map.of("declaredOn", "2026-04-10")).statusCode(200)
                .body("status", equalTo("DECLARED")).body("declaredOn", equalTo("2026-04-10"));
        as("spoc").get("/api/candidates/" + id).then().statusCode(200).body("status", equalTo("DECLARED"));
        as("spoc").get("/api/elections/" + electionId + "/candidates").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("DECLARED"));

        CandidateDeclared event = awaitEvent(EventType.CANDIDATE_DECLARED, id);
        assertThat(event.declaredOn()).isEqualTo(LocalDate.parse("2026-04-10"));
        assertThat(event.electionId().toString()).isEqualTo(electionId);
    }

    @Test
    void cand1_aDeclarationWithoutABodyIsDeclaredToday() {
        String id = candidate(electionId, "Ben Today");
        // no body and no Content-Type at all
        given().auth().oauth2(Tokens.of("spoc")).post("/api/candidates/" + id + "/declaration").then()
                .statusCode(200).body("status", equalTo("DECLARED"))
                .body("declaredOn", equalTo(LocalDate.now(ZoneId.of("Europe/London")).toString()));
    }

    @Test
    void cand1_declaredCandidateCannotBeDeclaredAgain() {
        String id = candidate(electionId, "Cat Twice");
        declare(id, Map.of()).statusCode(200);
        declare(id, Map.of()).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("DECLARED"));
    }

    @Test
    void cand1_aDeclaredCandidateWithdrawsWithAReasonAndThenNothingMoreHappens() {
        String id = candidate(electionId, "Dan Leaving");
        declare(id, Map.of("declaredOn", "2026-10-01")).statusCode(200);
        withdraw(id, Map.of("reason", "Too early", "withdrawnOn", "2026-09-30")).statusCode(400)
                .body("violations.field", hasItem("withdrawnOn"));
        withdraw(id, Map.of("reason", "Stood down for family reasons", "withdrawnOn", "2026-11-01")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnOn", equalTo("2026-11-01"))
                .body("withdrawalReason", equalTo("Stood down for family reasons"))
                .body("declaredOn", equalTo("2026-10-01"));

        CandidateWithdrawn event = awaitEvent(EventType.CANDIDATE_WITHDRAWN, id);
        assertThat(event.reason()).isEqualTo("Stood down for family reasons");
        assertThat(event.withdrawnOn()).isEqualTo(LocalDate.parse("2026-11-01"));

        withdraw(id, Map.of("reason", "again")).statusCode(409).contentType("application/problem+json");
        declare(id, null).statusCode(409).contentType("application/problem+json");
        as("spoc").get("/api/elections/" + electionId + "/candidates").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("WITHDRAWN"));
    }

    @Test
    void cand1_aProspectiveCandidateMayWithdrawTodayByDefault() {
        String id = candidate(electionId, "Eve Early");
        withdraw(id, Map.of("reason", "Not selected by the party")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnOn", equalTo(LocalDate.now(ZoneId.of("Europe/London")).toString()))
                .body("declaredOn", nullValue());
    }

    @Test
    void cand1_badInputIsA400NamingTheField() {
        String id = candidate(electionId, "Fay Field");
        withdraw(id, Map.of()).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("reason")));
        withdraw(id, Map.of("reason", " ")).statusCode(400).body("violations.field", hasItem(containsString("reason")));
        withdraw(id, Map.of("reason", "x", "withdrawnOn", "2099-01-01")).statusCode(400)
                .body("violations.field", hasItem("withdrawnOn"));
        withdraw(id, Map.of("reason", "x", "withdrawnOn", "last week")).statusCode(400)
                .body("violations.field", hasItem("withdrawnOn"));
        declare(id, Map.of("declaredOn", "2099-01-01")).statusCode(400).body("violations.field", hasItem("declaredOn"));
        declare(id, Map.of("declaredOn", "someday")).statusCode(400).body("violations.field", hasItem("declaredOn"));
        as("spoc").get("/api/candidates/" + id).then().statusCode(200).body("status", equalTo("PROSPECTIVE"));

        // a nomination cannot be declared valid after the poll
        String past = (String) election("2024-05-02").get("id");
        String late = candidate(past, "Gus Late");
        declare(late, Map.of("declaredOn", "2024-05-03")).statusCode(400).body("violations.field", hasItem("declaredOn"));

        register(electionId, Map.of("party", "No Name")).statusCode(400).body("violations.field", hasItem(containsString("name")));
        Map<String, Object> badRole = candidateForm("Hal Role");
        badRole.put("incumbentRole", "KING");
        register(electionId, badRole).statusCode(400).body("violations.field", hasItem("incumbentRole"));
    }

    @Test
    void cand1_anUnknownCandidateOrElectionIs404() {
        String unknown = UUID.randomUUID().toString();
        as("spoc").get("/api/candidates/" + unknown).then().statusCode(404).contentType("application/problem+json");
        declare(unknown, null).statusCode(404);
        withdraw(unknown, Map.of("reason", "x")).statusCode(404);
        as("spoc").body(candidateForm("Nobody")).put("/api/candidates/" + unknown).then().statusCode(404);
        register(unknown, candidateForm("Nobody")).statusCode(404);
        as("spoc").get("/api/elections/" + unknown + "/candidates").then().statusCode(404);
    }

    @Test
    void cand1_onlyTheSpocRunsTheRegistry() {
        String id = candidate(electionId, "Ivy Roles");
        Fixtures.roleMatrix(List.of("spoc"), spec -> spec.get("/api/candidates/" + id).then());
        Fixtures.roleMatrix(List.of("spoc"), spec -> spec.get("/api/elections/" + electionId + "/candidates").then());
        Fixtures.roleMatrix(List.of("spoc"), spec -> spec.body(candidateForm("Jo Matrix"))
                .post("/api/elections/" + electionId + "/candidates").then());
        Fixtures.roleMatrix(List.of("spoc"), spec -> spec.body(candidateForm("Ivy Roles"))
                .put("/api/candidates/" + id).then());
        Fixtures.roleMatrix(List.of("spoc"), spec -> spec.body(Map.of()).post("/api/candidates/" + id
                + "/declaration").then());
        Fixtures.roleMatrix(List.of("spoc"), spec -> spec.body(Map.of("reason", "roles"))
                .post("/api/candidates/" + id + "/withdrawal").then());
    }

    // CAND-2

    @Test
    void cand2_anElectionHasAtMostOneIncumbentPccAndOneDeputy() {
        Map<String, Object> pcc = candidateForm("Kay Incumbent");
        pcc.put("incumbentRole", "PCC");
        String pccId = register(electionId, pcc).statusCode(201).body("incumbentRole", equalTo("PCC"))
                .extract().path("id");
        Map<String, Object> deputy = candidateForm("Lee Deputy");
        deputy.put("incumbentRole", "DEPUTY_PCC");
        register(electionId, deputy).statusCode(201).body("incumbentRole", equalTo("DEPUTY_PCC"));

        Map<String, Object> secondPcc = candidateForm("Max Pretender");
        secondPcc.put("incumbentRole", "PCC");
        register(electionId, secondPcc).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("incumbentRole"));
        Map<String, Object> secondDeputy = candidateForm("Ned Pretender");
        secondDeputy.put("incumbentRole", "DEPUTY_PCC");
        register(electionId, secondDeputy).statusCode(409).body("detail", containsString("incumbentRole"));

        // correcting another candidate into the incumbent is refused too; the incumbent keeps their role
        String other = candidate(electionId, "Olly Other");
        as("spoc").body(secondPcc).put("/api/candidates/" + other).then().statusCode(409)
                .body("detail", containsString("incumbentRole"));
        pcc.put("party", "Independent");
        as("spoc").body(pcc).put("/api/candidates/" + pccId).then().statusCode(200)
                .body("incumbentRole", equalTo("PCC")).body("party", equalTo("Independent"));

        // another election has its own incumbent
        String nextElection = (String) election("2027-05-06").get("id");
        register(nextElection, secondPcc).statusCode(201);

        CandidateRegistered event = awaitEvent(EventType.CANDIDATE_REGISTERED, pccId);
        assertThat(event.incumbentRole()).isEqualTo(IncumbentRole.PCC);
        CandidateUpdated updated = awaitEvent(EventType.CANDIDATE_UPDATED, pccId);
        assertThat(updated.identity().party()).isEqualTo("Independent");
        assertThat(updated.incumbentRole()).isEqualTo(IncumbentRole.PCC);
    }

    @Test
    void cand2_twoIncumbentsRegisteredAtOnceMakeOne() throws Exception {
        Map<String, Object> pcc = candidateForm("Rex Racing");
        pcc.put("incumbentRole", "PCC");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> register(electionId, pcc).extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        as("spoc").get("/api/elections/" + electionId + "/candidates").then().statusCode(200)
                .body("findAll { it.incumbentRole == 'PCC' }", hasSize(1));
    }

    // CAND-3

    @Test
    void cand3_aServingPoliceOfficerIsRegisteredWithAWarningForTheSpoc() {
        Map<String, Object> form = candidateForm("PC Quinn Serving");
        form.put("employment", "POLICE_OFFICER");
        String id = register(electionId, form).statusCode(201)
                .body("status", equalTo("PROSPECTIVE"))
                .body("warnings", hasSize(1))
                .body("warnings[0]", containsString("CAND-3"))
                .body("warnings[0]", containsString("police officer"))
                .extract().path("id");
        as("spoc").get("/api/elections/" + electionId + "/candidates").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.warnings[0]", containsString("CAND-3"));

        CandidateRegistered event = awaitEvent(EventType.CANDIDATE_REGISTERED, id);
        assertThat(event.warnings()).singleElement().asString().contains("CAND-3", "police officer");
    }

    @Test
    void cand3_servingPoliceStaffAndOpccStaffAreWarnedToo() {
        Map<String, Object> staff = candidateForm("Rae Staff");
        staff.put("employment", "POLICE_STAFF");
        register(electionId, staff).statusCode(201).body("warnings[0]", containsString("police staff"));
        Map<String, Object> opcc = candidateForm("Sam Opcc");
        opcc.put("employment", "OPCC_STAFF");
        register(electionId, opcc).statusCode(201).body("warnings[0]", containsString("OPCC"));
        register(electionId, candidateForm("Tia Public")).statusCode(201).body("warnings", empty());
    }

    @Test
    void cand3_opccStaffWhoResignedFewerThan19DaysBeforeNominationsCloseRaiseAWarning() {
        Map<String, Object> inTime = candidateForm("Uma InTime");
        inTime.put("employment", "OPCC_STAFF");
        inTime.put("resignedOn", nominationsClose.minusDays(19).toString());
        register(electionId, inTime).statusCode(201).body("warnings", empty());

        Map<String, Object> late = candidateForm("Vic Late");
        late.put("employment", "OPCC_STAFF");
        late.put("resignedOn", nominationsClose.minusDays(18).toString());
        String id = register(electionId, late).statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0]", containsString("fewer than 19 days"))
                .body("warnings[0]", containsString(nominationsClose.toString()))
                .extract().path("id");
        CandidateRegistered event = awaitEvent(EventType.CANDIDATE_REGISTERED, id);
        assertThat(event.warnings()).singleElement().asString().contains("fewer than 19 days");
    }

    @Test
    void cand3_updatingACandidateIntoServingPoliceStaffRaisesTheWarning() {
        String id = candidate(electionId, "Wyn Later");
        Map<String, Object> form = candidateForm("Wyn Later");
        form.put("employment", "POLICE_STAFF");
        as("spoc").body(form).put("/api/candidates/" + id).then().statusCode(200)
                .body("warnings[0]", containsString("CAND-3"));
        as("spoc").get("/api/candidates/" + id).then().statusCode(200).body("warnings[0]", containsString("CAND-3"));
        // the warning follows the calendar: resigned long before nominations close, it goes
        form.put("resignedOn", nominationsClose.minusDays(60).toString());
        as("spoc").body(form).put("/api/candidates/" + id).then().statusCode(200).body("warnings", empty());
    }

    @Test
    void cand3_aResignationDayWithoutEmploymentIsA400() {
        Map<String, Object> form = candidateForm("Xan Nowhere");
        form.put("resignedOn", "2026-01-01");
        register(electionId, form).statusCode(400).body("violations.field", hasItem("resignedOn"));
        Map<String, Object> bad = candidateForm("Yas Bad");
        bad.put("employment", "MAYOR");
        register(electionId, bad).statusCode(400).body("violations.field", hasItem("employment"));
    }

    // CAND-4

    @Test
    void cand4_aFormerColleagueIsShownWithACaution() {
        Map<String, Object> form = candidateForm("Zed Former");
        form.put("formerColleague", true);
        String id = register(electionId, form).statusCode(201)
                .body("formerColleague", equalTo(true))
                .body("caution", containsString("preferential treatment"))
                .extract().path("id");
        as("spoc").get("/api/candidates/" + id).then().body("caution", containsString("000 §2.1"));
        as("spoc").get("/api/elections/" + electionId + "/candidates").then()
                .body("find { it.id == '" + id + "' }.caution", containsString("preferential treatment"));
        String plain = candidate(electionId, "Abe Plain");
        as("spoc").get("/api/candidates/" + plain).then().body("formerColleague", equalTo(false))
                .body("caution", nullValue());

        CandidateRegistered event = awaitEvent(EventType.CANDIDATE_REGISTERED, id);
        assertThat(event.formerColleague()).isTrue();
    }

    @Test
    void cand4_someoneWhoServedTheForceIsAFormerColleague() {
        Map<String, Object> form = candidateForm("Bea Retired");
        form.put("employment", "POLICE_OFFICER");
        form.put("resignedOn", "2020-01-01");
        register(electionId, form).statusCode(201).body("formerColleague", equalTo(true))
                .body("caution", containsString("preferential treatment")).body("warnings", empty());
    }
}
