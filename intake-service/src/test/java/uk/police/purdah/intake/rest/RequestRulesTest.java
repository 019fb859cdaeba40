package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.RequestDecided;
import uk.police.purdah.events.RequestRouted;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * The request rules end to end against real PostgreSQL, Kafka and OIDC: routing and who is told (INT-1), visits
 * (INT-4), meetings with the Chief Constable or Chief Executive (INT-5), photographs and filming (INT-6) and
 * reports of police imagery (INT-7). The election polls on 16 July 2026; purdah starts on 4 June 2026.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class RequestRulesTest {

    private static final String INSIDE_PURDAH = "2026-06-10T10:15:00+01:00";
    private static final String BEFORE_PURDAH = "2026-05-01T10:15:00+01:00";

    private String electionId;
    private String candidateId;

    @BeforeEach
    void anElectionWithACandidate() {
        electionId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", "2026-07-16"))
                .post("/api/elections").then().statusCode(201)
                .body("purdahStart", equalTo("2026-06-04")).extract().path("id");
        candidateId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("name", "Jane Example", "party", "Example Party"))
                .post("/api/elections/" + electionId + "/candidates").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> form(String kind, String channel, String subject, String text, String receivedAt) {
        Map<String, Object> form = new HashMap<>();
        form.put("electionId", electionId);
        form.put("candidateId", candidateId);
        form.put("kind", kind);
        form.put("channel", channel);
        form.put("subject", subject);
        form.put("text", text);
        form.put("receivedAt", receivedAt);
        return form;
    }

    private Map<String, Object> visit(String purpose, String subject, String text) {
        Map<String, Object> form = form("VISIT", "EMAIL", subject, text, INSIDE_PURDAH);
        form.put("purpose", purpose);
        return form;
    }

    private Map<String, Object> meeting(String kind, String officeHolder) {
        Map<String, Object> form = form(kind, "OPCC", "A meeting", "Could we meet to discuss rural crime?",
                BEFORE_PURDAH);
        form.put("officeHolder", officeHolder);
        return form;
    }

    private static ValidatableResponse submit(String user, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/requests").then();
    }

    private static ValidatableResponse decide(String id, Object body) {
        return given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON).body(body)
                .post("/api/requests/" + id + "/decision").then();
    }

    private static ValidatableResponse read(String id) {
        return given().auth().oauth2(Tokens.of("spoc")).get("/api/requests/" + id).then().statusCode(200);
    }

    private static ValidatableResponse questions(String user, String id, Object body) {
        var request = given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
        return request.body(body).post("/api/requests/" + id + "/questions").then();
    }

    private void declare(String candidate) {
        // the declaration endpoint (CAND-1) belongs to the candidates work; here the registry row is set as it would
        QuarkusTransaction.requiringNew().run(() -> Candidate.update("status = ?1 where id = ?2",
                Candidate.Status.DECLARED, UUID.fromString(candidate)));
    }

    // INT-1

    @Test
    void int1_aRequestThatReachedTheForceNotifiesTheChiefConstablesOffice() {
        // 000 §2.2: a request made to the OPCC is passed to the Chief Executive (the SPOC) and the Chief Constable
        submit("opcc-staff", form("INFORMATION", "EMAIL", "OPCC e-mail", "How many PCSOs?", INSIDE_PURDAH))
                .statusCode(201).body("routing.routedTo", equalTo("SPOC"))
                .body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE"));
        submit("opcc-staff", form("INFORMATION", "FORCE_INTRANET", "Intranet", "How many PCSOs?", INSIDE_PURDAH))
                .statusCode(201).body("routing.routedTo", equalTo("SPOC"))
                .body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE"));
        String id = submit("force-staff", form("INFORMATION", "PHONE", "Phoned a station", "How many PCSOs?",
                INSIDE_PURDAH)).statusCode(201).body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE"))
                .extract().path("id");
        read(id).body("routing.routedTo", equalTo("SPOC")).body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE"));

        RequestRouted routed = (RequestRouted) EventCodec.decode(RequestResourceTest.awaitRecord("purdah.requests",
                id, EventType.REQUEST_ROUTED.type()).value()).data();
        assertThat(routed.routedTo()).isEqualTo("SPOC");
        assertThat(routed.notified()).containsExactly("CHIEF_CONSTABLE_OFFICE");
    }

    // INT-4

    @Test
    void int4_aFactFindingVisitIsReasonableAndNotifiesTheChiefConstableAndTheChiefExecutive() {
        String id = submit("opcc-staff", visit("FACT_FINDING", "Visit to the control room",
                "To understand how 101 calls are triaged.")).statusCode(201)
                .body("visitPurpose", equalTo("FACT_FINDING"))
                .body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE"))
                .body("warnings", empty())
                .body("recommendedDecision", nullValue())
                .extract().path("id");
        decide(id, Map.of("decision", "GRANTED")).statusCode(200).body("purpose", equalTo("FACT_FINDING"));
        RequestDecided decided = (RequestDecided) EventCodec.decode(RequestResourceTest.awaitRecord(
                "purdah.requests", id, EventType.REQUEST_DECIDED.type()).value()).data();
        assertThat(decided.purpose()).as("EQ-3 compares visits by their declared purpose").isEqualTo("FACT_FINDING");
    }

    @Test
    void int4_aVisitDeclaredForPublicityGetsARecommendedRefusal() {
        String id = submit("force-staff", visit("PUBLICITY", "Visit to Thetford", "Meet the neighbourhood team."))
                .statusCode(201)
                .body("recommendedDecision", equalTo("REFUSED"))
                .body("warnings.rule", contains("INT-4"))
                .body("warnings.code", contains("RECOMMENDED_REFUSAL"))
                .body("warnings[0].message", containsString("declared purpose PUBLICITY"))
                .body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE"))
                .extract().path("id");
        read(id).body("recommendedDecision", equalTo("REFUSED")).body("warnings.code", contains("RECOMMENDED_REFUSAL"));
        List<String> codes = given().auth().oauth2(Tokens.of("chief-constable")).queryParam("electionId", electionId)
                .queryParam("kind", "VISIT").get("/api/requests").then().statusCode(200)
                .body("items.id", contains(id)).extract().path("items[0].warnings.code");
        assertThat(codes).containsExactly("RECOMMENDED_REFUSAL");
        decide(id, Map.of("decision", "REFUSED", "reason", "A visit for publicity is not a reasonable request"))
                .statusCode(200).body("recommendedDecision", equalTo("REFUSED"));
    }

    @Test
    void int4_campaignWordingInAVisitDeclaredAsFactFindingGetsARecommendedRefusal() {
        submit("opcc-staff", visit("FACT_FINDING", "Visit to King's Lynn station",
                "A photo opportunity with the response team for my campaign video.")).statusCode(201)
                .body("recommendedDecision", equalTo("REFUSED"))
                .body("warnings.code", contains("RECOMMENDED_REFUSAL"))
                .body("warnings[0].message", containsString("\"photo opportunity\""))
                .body("warnings[0].message", containsString("\"campaign video\""))
                .body("warnings[0].message", not(containsString("declared purpose")));
        submit("opcc-staff", visit("BRIEFING", "Canvassing in Dereham", "Then a briefing.")).statusCode(201)
                .body("warnings[0].message", containsString("\"canvass\""));
    }

    @Test
    void int4_aVisitNeedsItsPurposeAndOnlyAVisitHasOne() {
        submit("opcc-staff", visit(null, "Visit", "A visit.")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("purpose"));
        submit("opcc-staff", visit("SIGHTSEEING", "Visit", "A visit.")).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("purpose"));
        Map<String, Object> information = form("INFORMATION", "EMAIL", "Numbers", "How many?", INSIDE_PURDAH);
        information.put("purpose", "FACT_FINDING");
        submit("opcc-staff", information).statusCode(400).body("violations.field", hasItem("purpose"));
    }

    @Test
    void int10_theSameVisitSentTwiceIsOneRequestAndAnotherPurposeUnderTheKeyIsAConflict() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = visit("PUBLICITY", "Visit to Thetford", "Meet the team.");
        String first = given().auth().oauth2(Tokens.of("opcc-staff")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(form).post("/api/requests").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.of("opcc-staff")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(form).post("/api/requests").then().statusCode(200).body("id", equalTo(first))
                .body("warnings.code", contains("RECOMMENDED_REFUSAL"));
        form.put("purpose", "FACT_FINDING");
        given().auth().oauth2(Tokens.of("opcc-staff")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(form).post("/api/requests").then().statusCode(409).contentType("application/problem+json");
    }

    // INT-5

    @Test
    void int5_aMeetingWithTheChiefConstableNeedsTheDeclarationTheQuestionsAndPublishedNotes() {
        String id = submit("opcc-staff", meeting("MEETING", "CHIEF_CONSTABLE")).statusCode(201)
                .body("officeHolder", equalTo("CHIEF_CONSTABLE"))
                .body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE"))
                .body("warnings.code", contains("INDIVIDUAL_MEETING_CONDITIONS"))
                .body("warnings[0].message", containsString("formalDeclaration, questionsInAdvance,"
                        + " notesWillBePublished"))
                .extract().path("id");

        decide(id, Map.of("decision", "GRANTED", "notesWillBePublished", true)).statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("INT-5"))
                .body("missing", contains("formalDeclaration", "questionsInAdvance"));

        questions("spoc", id, Map.of("text", "1. How many officers patrol rural Breckland?")).statusCode(200)
                .body("questions", equalTo("1. How many officers patrol rural Breckland?"))
                .body("questionsRecordedBy", equalTo("spoc"))
                .body("warnings[0].message", containsString("still missing: formalDeclaration, notesWillBePublished"));
        decide(id, Map.of("decision", "GRANTED")).statusCode(409).body("rule", equalTo("INT-5"))
                .body("missing", contains("formalDeclaration", "notesWillBePublished"));

        declare(candidateId);
        decide(id, Map.of("decision", "GRANTED")).statusCode(409)
                .body("missing", contains("notesWillBePublished"))
                .body("detail", containsString("notesWillBePublished"));
        decide(id, Map.of("decision", "GRANTED", "notesWillBePublished", false)).statusCode(409)
                .body("missing", contains("notesWillBePublished"));
        decide(id, Map.of("decision", "GRANTED", "notesWillBePublished", true)).statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("GRANTED"))
                .body("notesWillBePublished", equalTo(true))
                .body("warnings", empty());
    }

    @Test
    void int5_questionsSentWithTheRequestCountAndAMeetingWithTheChiefExecutiveIsToldToThem() {
        declare(candidateId);
        Map<String, Object> form = meeting("MEETING", "CHIEF_EXECUTIVE");
        form.put("questions", "What is the OPCC's budget for victims' services?");
        String id = submit("force-staff", form).statusCode(201)
                .body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE"))
                .body("questionsRecordedBy", equalTo("force-staff"))
                .body("warnings[0].message", containsString("still missing: notesWillBePublished."))
                .extract().path("id");
        decide(id, Map.of("decision", "GRANTED", "notesWillBePublished", true)).statusCode(200);
    }

    @Test
    void int5_aMeetingWithAnotherOfficerHasNoConditionsAndRegularMeetingsAreOfferedToAll() {
        String other = submit("opcc-staff", meeting("MEETING", "OTHER_OFFICER_OR_STAFF")).statusCode(201)
                .body("warnings", empty()).extract().path("id");
        decide(other, Map.of("decision", "GRANTED")).statusCode(200);

        String regular = submit("opcc-staff", meeting("REGULAR_MEETINGS", "OTHER_OFFICER_OR_STAFF")).statusCode(201)
                .body("warnings.code", contains("OFFER_TO_ALL"))
                .body("warnings[0].rule", equalTo("INT-5"))
                .body("warnings[0].message", containsString("every candidate"))
                .extract().path("id");
        read(regular).body("warnings.code", contains("OFFER_TO_ALL"));

        String regularWithTheChief = submit("opcc-staff", meeting("REGULAR_MEETINGS", "CHIEF_CONSTABLE"))
                .statusCode(201).body("warnings.code", contains("OFFER_TO_ALL", "INDIVIDUAL_MEETING_CONDITIONS"))
                .extract().path("id");
        decide(regularWithTheChief, Map.of("decision", "GRANTED", "notesWillBePublished", true)).statusCode(409)
                .body("rule", equalTo("INT-5"));
    }

    @Test
    void int5_aMeetingNeedsItsOfficeHolderAndOnlyAMeetingHasOne() {
        submit("opcc-staff", meeting("MEETING", null)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("officeHolder"));
        submit("opcc-staff", meeting("MEETING", "THE_MAYOR")).statusCode(400)
                .body("violations.field", hasItem("officeHolder"));
        Map<String, Object> briefing = form("BRIEFING", "EMAIL", "Briefing", "A briefing please.", BEFORE_PURDAH);
        briefing.put("officeHolder", "CHIEF_CONSTABLE");
        submit("opcc-staff", briefing).statusCode(400).body("violations.field", hasItem("officeHolder"));
        Map<String, Object> withQuestions = form("BRIEFING", "EMAIL", "Briefing", "A briefing please.",
                BEFORE_PURDAH);
        withQuestions.put("questions", "Why?");
        submit("opcc-staff", withQuestions).statusCode(400).body("violations.field", hasItem("questions"));
        String information = submit("opcc-staff", form("INFORMATION", "EMAIL", "Numbers", "How many?",
                BEFORE_PURDAH)).statusCode(201).extract().path("id");
        decide(information, Map.of("decision", "GRANTED", "notesWillBePublished", true)).statusCode(400)
                .body("violations.field", hasItem("notesWillBePublished"));
    }

    @Test
    void int5_questionsInAdvanceAreRecordedByTheSpocOnlyForAnUndecidedMeeting() {
        String id = submit("opcc-staff", meeting("MEETING", "CHIEF_CONSTABLE")).statusCode(201).extract().path("id");
        for (String user : List.of("force-staff", "opcc-staff", "chief-constable", "auditor")) {
            questions(user, id, Map.of("text", "Why?")).statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of("text", "Why?")).post("/api/requests/" + id + "/questions")
                .then().statusCode(401);
        questions("spoc", UUID.randomUUID().toString(), Map.of("text", "Why?")).statusCode(404)
                .contentType("application/problem+json");
        questions("spoc", id, Map.of("text", " ")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("text")));
        questions("spoc", id, Map.of("text", "x".repeat(5001))).statusCode(400)
                .body("violations.field", hasItem(containsString("text")));

        String information = submit("opcc-staff", form("INFORMATION", "EMAIL", "Numbers", "How many?",
                BEFORE_PURDAH)).statusCode(201).extract().path("id");
        questions("spoc", information, Map.of("text", "Why?")).statusCode(409).contentType("application/problem+json");

        decide(id, Map.of("decision", "REFUSED", "reason", "Not declared yet")).statusCode(200);
        questions("spoc", id, Map.of("text", "Why?")).statusCode(409);
    }

    // INT-6

    @Test
    void int6_insidePurdahAPhotographIsNeverGranted() {
        String id = submit("force-staff", form("PHOTOGRAPH_OR_FILMING", "FORCE_INTRANET", "Photo with officers",
                "A photograph with the Thetford team for the local paper.", INSIDE_PURDAH)).statusCode(201)
                .body("insidePurdah", equalTo(true))
                .body("warnings.rule", contains("INT-6"))
                .body("warnings.code", contains("NEVER_INSIDE_PURDAH"))
                .body("recommendedDecision", equalTo("REFUSED"))
                .extract().path("id");
        decide(id, Map.of("decision", "GRANTED", "consents", List.of(Map.of("name", "PC Able", "consent", true))))
                .statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("INT-6"))
                .body("detail", containsString("never inside purdah"));
        decide(id, Map.of("decision", "REFUSED", "reason", "Never inside purdah (001 §10.1)")).statusCode(200)
                .body("decision", equalTo("REFUSED"));
    }

    @Test
    void int6_aPhotographPlannedInsidePurdahIsInsidePurdahThoughAskedBefore() {
        Map<String, Object> form = form("PHOTOGRAPH_OR_FILMING", "EMAIL", "Filming", "Filming at the station.",
                BEFORE_PURDAH);
        form.put("plannedOn", "2026-06-20");
        String id = submit("opcc-staff", form).statusCode(201).body("insidePurdah", equalTo(false))
                .body("plannedOn", equalTo("2026-06-20"))
                .body("warnings.code", contains("NEVER_INSIDE_PURDAH")).extract().path("id");
        decide(id, Map.of("decision", "GRANTED", "consents", List.of(Map.of("name", "PC Able", "consent", true))))
                .statusCode(409).body("rule", equalTo("INT-6"));
    }

    @Test
    void int6_outsidePurdahEachPersonConsentsOrIsExcluded() {
        Map<String, Object> form = form("PHOTOGRAPH_OR_FILMING", "EMAIL", "Photo for the local paper",
                "A photograph with the Dereham team.", BEFORE_PURDAH);
        form.put("plannedOn", "2026-05-20");
        String id = submit("opcc-staff", form).statusCode(201)
                .body("warnings.code", contains("CONSENT_OF_EACH_PERSON"))
                .body("recommendedDecision", nullValue())
                .extract().path("id");

        decide(id, Map.of("decision", "GRANTED")).statusCode(409).body("rule", equalTo("INT-6"))
                .body("missing", contains("consents"));
        decide(id, Map.of("decision", "GRANTED", "consents", List.of(Map.of("name", "PC Able", "consent", false))))
                .statusCode(409).body("missing", contains("consents"));
        decide(id, Map.of("decision", "GRANTED", "consents", List.of(Map.of("name", "PC Able", "consent", true),
                Map.of("name", "pc able", "consent", false)))).statusCode(400)
                .body("violations.field", hasItem("consents"));
        decide(id, Map.of("decision", "GRANTED", "consents", List.of(Map.of("name", "PC Able")))).statusCode(400)
                .body("violations.field", hasItem(containsString("consent")));

        decide(id, Map.of("decision", "GRANTED", "consents", List.of(Map.of("name", "PC Able", "consent", true),
                Map.of("name", "PCSO Baker", "consent", false), Map.of("name", "Sgt Cole", "consent", true))))
                .statusCode(200)
                .body("decision", equalTo("GRANTED"))
                .body("consents.name", contains("PC Able", "PCSO Baker", "Sgt Cole"))
                .body("consents.consent", contains(true, false, true))
                .body("photographed", contains("PC Able", "Sgt Cole"))
                .body("excluded", contains("PCSO Baker"));
        read(id).body("excluded", contains("PCSO Baker")).body("photographed", contains("PC Able", "Sgt Cole"));
    }

    @Test
    void int6_onlyAPhotographTakesConsentsOrAPlannedDay() {
        String information = submit("opcc-staff", form("INFORMATION", "EMAIL", "Numbers", "How many?",
                BEFORE_PURDAH)).statusCode(201).extract().path("id");
        decide(information, Map.of("decision", "GRANTED", "consents",
                List.of(Map.of("name", "PC Able", "consent", true)))).statusCode(400)
                .body("violations.field", hasItem("consents"));
        Map<String, Object> planned = form("INFORMATION", "EMAIL", "Numbers", "How many?", BEFORE_PURDAH);
        planned.put("plannedOn", "2026-05-20");
        submit("opcc-staff", planned).statusCode(400).body("violations.field", hasItem("plannedOn"));
    }

    // INT-7

    @Test
    void int7_aReportOfPoliceImageryOpensACaseThatIsNeverGranted() {
        String id = submit("force-staff", form("POLICE_IMAGERY", "EMAIL", "Leaflet with a police car",
                "A candidate's leaflet shows a marked police car and the force crest.", INSIDE_PURDAH))
                .statusCode(201)
                .body("caseStatus", equalTo("OPEN"))
                .body("warnings.rule", contains("INT-7"))
                .body("warnings.code", contains("IMAGERY_CASE"))
                .body("routing.notified", contains("CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE"))
                .extract().path("id");
        List<String> cases = given().auth().oauth2(Tokens.of("chief-constable")).queryParam("electionId", electionId)
                .queryParam("kind", "POLICE_IMAGERY").get("/api/requests").then().statusCode(200)
                .body("items[0].caseStatus", equalTo("OPEN")).extract().path("items.id");
        assertThat(cases).containsExactly(id);

        decide(id, Map.of("decision", "GRANTED")).statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("INT-7")).body("detail", containsString("never permitted"));
        decide(id, Map.of("decision", "REFUSED", "reason", "The candidate was asked to withdraw the leaflet"))
                .statusCode(200).body("caseStatus", equalTo("CLOSED"));
        read(id).body("caseStatus", equalTo("CLOSED"));

        RequestRouted routed = (RequestRouted) EventCodec.decode(RequestResourceTest.awaitRecord("purdah.requests",
                id, EventType.REQUEST_ROUTED.type()).value()).data();
        assertThat(routed.notified()).containsExactly("CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rules_theQuestionsEndpointIsDescribedInOpenApi() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        Map<String, Object> operation = paths.get("/api/requests/{id}/questions").get("post");
        assertThat(operation.get("summary")).asString().contains("INT-5");
        assertThat(((Map<String, Object>) operation.get("responses")).keySet())
                .contains("200", "400", "401", "403", "404", "409");
        Map<String, Object> search = paths.get("/api/requests").get("get");
        assertThat(((Map<String, Object>) search.get("responses")).keySet()).contains("200", "400", "401", "403");
    }
}
