package uk.police.purdah.intake.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.police.purdah.intake.mapping.RequestView;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * Issue 4, the intranet form pages, with a real login: the authorization code flow against the devstack's OIDC
 * login page (a demo user logs in by name and gets its groups claim), real PostgreSQL and Kafka.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class IntakePagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    private String electionId;
    private String candidateId;

    @BeforeEach
    void anElectionWithACandidate() {
        electionId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("policeArea", "Suffolk", "nation", "ENGLAND", "pollDate", "2026-07-16"))
                .post("/api/elections").then().statusCode(201).extract().path("id");
        candidateId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("name", "Sam " + SCRIPT, "party", "Page Party"))
                .post("/api/elections/" + electionId + "/candidates").then().statusCode(201).extract().path("id");
    }

    @Test
    void int1_int9_int10_officerLogsInFixesTheFormSeesTheAcknowledgementAndTheSpocSeesItInTheRegister() {
        Browser officer = Browser.loggedInAs("force-staff");
        Response form = officer.get(Browser.app("/requests/new"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.asString()).contains("Log a candidate request").contains("govuk-frontend.min.css")
                .contains("Signed in as force-staff");
        String key = Browser.inputValue(form.asString(), "idempotencyKey");

        // an error: no subject, a visit without its purpose; the summary links to the fields, the values are kept
        Map<String, String> fields = new HashMap<>(Map.of("idempotencyKey", key, "candidateId", candidateId,
                "kind", "VISIT", "channel", "FORCE_INTRANET", "subject", "", "text", "Visit " + SCRIPT,
                "receivedAt", "", "purpose", "", "officeHolder", "", "plannedOn", ""));
        fields.put("questions", "");
        Response wrong = officer.post(Browser.app("/requests/new"), fields);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("govuk-error-summary").contains("There is a problem")
                .contains("href=\"#subject\"").contains("Enter subject")
                .contains("value=\"" + key + "\"")
                .contains("<option value=\"VISIT\" selected>")
                .contains("Visit " + ESCAPED).doesNotContain(SCRIPT);

        // fixed: the acknowledgement (INT-9) and the routing (INT-1)
        fields.put("subject", "Station tour " + SCRIPT);
        fields.put("purpose", "FACT_FINDING");
        Response logged = officer.post(Browser.app("/requests/new"), fields);
        assertThat(logged.statusCode()).isEqualTo(200);
        assertThat(logged.asString()).contains("Request logged").contains(escapeHtml(RequestView.ACKNOWLEDGEMENT))
                .contains("id=\"routedTo\">SPOC<").contains("Station tour " + ESCAPED).doesNotContain(SCRIPT);

        // INT-10: the same form sent again (a double submit) is one request
        Response again = officer.post(Browser.app("/requests/new"), fields);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).contains("already been logged");
        given().auth().oauth2(Tokens.of("spoc")).get("/api/requests?electionId=" + electionId)
                .then().statusCode(200).body("total", equalTo(1));

        // the SPOC's register shows it, escaped, with the decision buttons
        Browser spoc = Browser.loggedInAs("spoc");
        Response register = spoc.get(Browser.app("/register"));
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.asString()).contains("Station tour " + ESCAPED).contains("Sam " + ESCAPED)
                .contains("Grant").contains("Refuse").doesNotContain(SCRIPT);
    }

    @Test
    void int8_spocRefusesOnlyWithAReasonThenGrantsAnother_chiefConstableReadsWithoutButtons() {
        String requestId = given().auth().oauth2(Tokens.of("force-staff")).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("electionId", electionId, "candidateId", candidateId, "kind", "INFORMATION",
                        "channel", "EMAIL", "subject", "Crime figures", "text", "Burglary numbers please"))
                .post("/api/requests").then().statusCode(201).extract().path("id");
        Browser spoc = Browser.loggedInAs("spoc");
        Response noReason = spoc.post(Browser.app("/register/" + requestId + "/decision"),
                Map.of("decision", "REFUSED", "reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("govuk-error-summary").contains("href=\"#reason-" + requestId);
        Response refused = spoc.post(Browser.app("/register/" + requestId + "/decision"),
                Map.of("decision", "REFUSED", "reason", "Already published " + SCRIPT));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(spoc.lastUrl()).endsWith("/register");
        assertThat(refused.asString()).contains("REFUSED: Already published " + ESCAPED).doesNotContain(SCRIPT);
        given().auth().oauth2(Tokens.of("spoc")).get("/api/requests/" + requestId)
                .then().statusCode(200).body("decision", equalTo("REFUSED"));

        Browser chief = Browser.loggedInAs("chief-constable");
        Response read = chief.get(Browser.app("/register"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.asString()).contains("Crime figures").doesNotContain("/decision\"");
        Response notAllowed = chief.post(Browser.app("/register/" + requestId + "/decision"),
                Map.of("decision", "GRANTED"));
        assertThat(notAllowed.statusCode()).isEqualTo(403);
        Response unknown = spoc.post(Browser.app("/register/" + java.util.UUID.randomUUID() + "/decision"),
                Map.of("decision", "GRANTED"));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void dealingPage_errorSummaryThenRecorded_escaped() {
        Browser officer = Browser.loggedInAs("opcc-staff");
        Response form = officer.get(Browser.app("/dealings/new"));
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> fields = new HashMap<>(Map.of("candidateId", candidateId, "kind", "CALL",
                "occurredAt", "", "location", "Ipswich " + SCRIPT, "summary", "", "capacity", ""));
        Response wrong = officer.post(Browser.app("/dealings/new"), fields);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("govuk-error-summary").contains("href=\"#occurredAt\"")
                .contains("href=\"#summary\"").contains("Ipswich " + ESCAPED).doesNotContain(SCRIPT);
        fields.put("occurredAt", "2026-06-10T10:15");
        fields.put("summary", "Asked about road closures " + SCRIPT);
        Response recorded = officer.post(Browser.app("/dealings/new"), fields);
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.asString()).contains("Dealing recorded").contains("Asked about road closures " + ESCAPED)
                .contains("Sam " + ESCAPED).doesNotContain(SCRIPT);
    }

    /** DESIGN §6: a NUL character typed into a field is an error on that field, not a 500 (found by system-tests). */
    @Test
    void design6_aNulCharacterInAFieldComesBackAsAnErrorOnThatField() {
        Browser officer = Browser.loggedInAs("force-staff");
        String key = Browser.inputValue(officer.get(Browser.app("/requests/new")).asString(), "idempotencyKey");
        Map<String, String> fields = new HashMap<>(Map.of("idempotencyKey", key, "candidateId", candidateId,
                "kind", "INFORMATION", "channel", "EMAIL", "subject", "Nul\u0000here", "text", "Figures please"));
        Response wrong = officer.post(Browser.app("/requests/new"), fields);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("govuk-error-summary").contains("href=\"#subject\"")
                .contains("NUL character");
        given().auth().oauth2(Tokens.of("spoc")).get("/api/requests?electionId=" + electionId)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void noSessionRedirectsToTheLogin_wrongRoleIs403_apiStillAnswers401() {
        for (String path : new String[] {"/requests/new", "/dealings/new", "/register"}) {
            Response first = new Browser().getNoRedirect(Browser.app(path));
            assertThat(first.statusCode()).as(path).isEqualTo(302);
            assertThat(first.header("Location")).as(path).contains("/authorize").contains("response_type=code");
        }
        Browser auditor = Browser.loggedInAs("auditor");
        assertThat(auditor.get(Browser.app("/requests/new")).statusCode()).isEqualTo(403);
        assertThat(auditor.get(Browser.app("/dealings/new")).statusCode()).isEqualTo(403);
        assertThat(auditor.get(Browser.app("/register")).statusCode()).isEqualTo(403);
        Browser officer = Browser.loggedInAs("force-staff");
        assertThat(officer.get(Browser.app("/register")).statusCode()).isEqualTo(403);
        // the API keeps its bearer tokens: no token is 401, not a redirect
        given().redirects().follow(false).get("/api/requests").then().statusCode(401);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
