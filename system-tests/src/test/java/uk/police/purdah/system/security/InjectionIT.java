package uk.police.purdah.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.purdah.system.security.ApiOperations.Operation;

/**
 * DESIGN §6 "text is stored as given and escaped on output", "limits on body size and field lengths", and PUB-2/PUB-6
 * (no registry identity on the public side). One election whose every text field carries a script-injection payload
 * and SQL-like text, and whose candidate's registry entry (e-mail, phone, agent, address, postcode, handle) is quoted
 * in the request and the response that get published.
 */
class InjectionIT {

    /** Markers that only a page that failed to escape would contain as markup. */
    static final List<String> RAW = List.of("<script", "<img", "<svg", "<x-inj");

    static final String SQL = "Robert'); DROP TABLE candidate_request;-- ' OR '1'='1' /* 100% _done_ \\ */";

    static final Map<String, Object> IDENTITY = new LinkedHashMap<>();

    static {
        IDENTITY.put("name", "Zebedee Quartermaine");
        IDENTITY.put("party", "Quay Party");
        IDENTITY.put("agentName", "Hortense Vandermolen");
        IDENTITY.put("email", "zeb.quartermaine@example.org");
        IDENTITY.put("phone", "01603 555 0199");
        IDENTITY.put("address", "12 Quayside Lane, Wymondham");
        IDENTITY.put("postcode", "NR18 0QX");
        IDENTITY.put("socialHandles", List.of("@zebquartpcc"));
    }

    static String payload(String field) {
        return "<script>alert('" + field + "')</script>\"><img src=x onerror=alert(1)><svg onload=alert(2)>"
                + "<x-inject>]]>&amp;";
    }

    static SecuritySuite suite;
    static Fixture fixture;

    @BeforeAll
    static void suiteAndFixture() {
        suite = SecuritySuite.get();
        String identityText = " Contact " + IDENTITY.get("name") + " (" + IDENTITY.get("email") + ", "
                + IDENTITY.get("phone") + "), agent " + IDENTITY.get("agentName") + ", " + IDENTITY.get("address")
                + " " + IDENTITY.get("postcode") + ", @zebquartpcc.";
        Map<String, Object> injected = new LinkedHashMap<>();
        injected.put("name", "Injected " + payload("candidate-name"));
        injected.put("party", payload("party"));
        injected.put("agentName", payload("agent"));
        injected.put("address", payload("address"));
        fixture = Fixture.create(suite, new Fixture.Texts("Area " + payload("policeArea").substring(0, 60),
                List.of(IDENTITY, injected, Map.of("name", "Ulla Third")),
                payload("subject").substring(0, 90) + " " + SQL, payload("text") + " " + SQL + identityText,
                payload("questions"), payload("reason"), payload("purpose").substring(0, 100), payload("response")
                        + " " + SQL + identityText, payload("offer"), payload("location"), payload("summary"),
                payload("withdrawal"), payload("return"), payload("publication-withdrawal"),
                payload("justification")));
    }

    // ------------------------------------------------------------------------------------------ escaping

    @Test
    void design6_scriptInjectionInEveryTextFieldIsEscapedOnThePortalPagesAndTheFeed() throws Exception {
        String portal = suite.publication();
        String publication = fixture.id("publication");
        List<String> problems = new ArrayList<>();
        checkPage(problems, Http.get(portal + "/?electionId=" + fixture.id("election"), null), "text/html");
        checkPage(problems, Http.get(portal + "/publications/" + publication, null), "text/html");
        checkPage(problems, Http.get(portal + "/?q=" + java.net.URLEncoder.encode(payload("q"),
                StandardCharsets.UTF_8), null), "text/html");
        Http.Answer feed = Http.get(portal + "/feed.atom", null);
        checkPage(problems, feed, "xml");
        // the feed is well-formed XML whatever the texts hold
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        // and the text was shown: escaped, not dropped
        assertThat(Http.get(portal + "/publications/" + publication, null).body())
                .contains("&lt;script&gt;");
        assertThat(feed.body()).contains("&lt;script&gt;");
        // withdrawn, the public reason is escaped too (PUB-7)
        Http.Answer withdrawal = Http.call("POST", portal + "/api/publications/" + publication + "/withdrawal",
                suite.token("spoc"), Map.of("reason", fixture.texts.publicationWithdrawalReason()));
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);
        checkPage(problems, Http.get(portal + "/?electionId=" + fixture.id("election"), null), "text/html");
        checkPage(problems, Http.get(portal + "/publications/" + publication, null), "text/html");
        checkPage(problems, Http.get(portal + "/feed.atom", null), "xml");
        assertThat(Http.get(portal + "/publications/" + publication, null).body())
                .contains("&lt;script&gt;", "publication-withdrawal");
        assertThat(problems).isEmpty();
    }

    @Test
    void design6_scriptInjectionIsEscapedOnTheIntranetPagesAndTheParityReport() {
        List<String> problems = new ArrayList<>();
        Http.BrowserSession spoc = new Http.BrowserSession();
        Http.Answer register = spoc.open(suite.intake() + "/register?electionId=" + fixture.id("election"), "spoc");
        checkPage(problems, register, "text/html");
        assertThat(register.body()).contains("&lt;script&gt;");

        // the form sent back with an error shows what was typed, escaped
        Http.BrowserSession officer = new Http.BrowserSession();
        Http.Answer form = officer.open(suite.intake() + "/requests/new", "force-staff");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("candidateId", fixture.id("candidate0"));
        fields.put("kind", "");
        fields.put("channel", "EMAIL");
        fields.put("subject", payload("form-subject").substring(0, 100));
        fields.put("text", payload("form-text"));
        fields.put("questions", payload("form-questions"));
        fields.put("receivedAt", payload("form-receivedAt"));
        Http.Answer rejected = officer.postForm(suite.intake() + "/requests/new", fields);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        checkPage(problems, rejected, "text/html");
        assertThat(rejected.body()).contains("&lt;script&gt;", "form-text");
        fields.put("kind", "INFORMATION");
        fields.put("receivedAt", "");
        fields.put("questions", "");
        Http.Answer logged = officer.postForm(suite.intake() + "/requests/new", fields);
        assertThat(logged.status()).as(logged.toString()).isEqualTo(200);
        checkPage(problems, logged, "text/html");

        Http.Answer dealing = officer.open(suite.intake() + "/dealings/new", "force-staff");
        checkPage(problems, dealing, "text/html");
        Map<String, String> dealingFields = new LinkedHashMap<>();
        dealingFields.put("candidateId", fixture.id("candidate1"));
        dealingFields.put("kind", "CALL");
        dealingFields.put("occurredAt", payload("occurredAt"));
        dealingFields.put("location", payload("form-location"));
        dealingFields.put("summary", payload("form-summary"));
        Http.Answer dealingRejected = officer.postForm(suite.intake() + "/dealings/new", dealingFields);
        assertThat(dealingRejected.status()).as(dealingRejected.toString()).isEqualTo(400);
        checkPage(problems, dealingRejected, "text/html");

        Http.Answer report = Http.get(suite.equality() + "/api/elections/" + fixture.id("election") + "/parity",
                suite.token("returning-officer"), "text/html");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        checkPage(problems, report, "text/html");
        assertThat(report.body()).contains("&lt;script&gt;");
        assertThat(problems).isEmpty();
    }

    private static void checkPage(List<String> problems, Http.Answer page, String type) {
        if (page.status() / 100 != 2 && page.status() != 400) {
            problems.add(page + ": not shown");
            return;
        }
        if (!page.contentType().contains(type)) {
            problems.add(page.method() + " " + page.url() + ": content type " + page.contentType());
        }
        for (String raw : RAW) {
            if (page.body().contains(raw)) {
                int at = page.body().indexOf(raw);
                problems.add(page.method() + " " + page.url() + ": unescaped " + raw + " in …"
                        + page.body().substring(Math.max(0, at - 120), Math.min(page.body().length(), at + 80)));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ SQL-like text

    @Test
    void design6_sqlLikeTextIsStoredAndShownVerbatim() {
        JsonNode request = Http.get(suite.intake() + "/api/requests/" + fixture.id("request:spoc"),
                suite.token("spoc")).json();
        assertThat(request.path("subject").asText()).isEqualTo(fixture.texts.subject());
        assertThat(request.path("text").asText()).isEqualTo(fixture.texts.text());
        JsonNode published = Http.get(suite.publication() + "/api/review/" + fixture.id("publication"),
                suite.token("spoc")).json();
        assertThat(published.path("text").asText()).contains(SQL);
        assertThat(published.path("title").asText()).contains(SQL);
        // searches with SQL and LIKE wildcards are plain text to every filter
        for (String q : List.of("' OR 1=1 --", "%", "_", "\\", "'; DROP TABLE publication;--", "100% _done_")) {
            Http.Answer search = Http.get(suite.publication() + "/api/publications" + Http.query(Http.params("q", q)),
                    null);
            assertThat(search.status()).as(search.toString()).isEqualTo(200);
        }
        // as LIKE patterns these would match "DROP TABLE"; as the text they are, nothing has them
        for (String pattern : List.of("D%P", "T_BLE", "DR__ TABLE")) {
            Http.Answer wildcard = Http.get(suite.publication() + "/api/publications" + Http.query(Http.params("q",
                    pattern, "electionId", fixture.id("election"))), null);
            assertThat(wildcard.json().toString()).as(pattern).doesNotContain(fixture.id("publication"));
        }
        Http.Answer literal = Http.get(suite.publication() + "/api/publications" + Http.query(Http.params("q",
                "100% _done_", "electionId", fixture.id("election"))), null);
        assertThat(literal.json().toString()).contains(fixture.id("publication"));
        Http.Answer ledger = Http.get(suite.audit() + "/api/ledger" + Http.query(Http.params("actor", "' OR '1'='1",
                "kind", "x' OR 1=1 --")), suite.token("auditor"));
        assertThat(ledger.status()).as(ledger.toString()).isIn(200, 400);
        if (ledger.status() == 200) {
            assertThat(ledger.json().size()).isZero();
        }
    }

    // ------------------------------------------------------------------------------------------ registry identity

    @Test
    void pub2_noRegistryIdentityOnAnyPublicEndpointPageOrFeed() {
        String portal = suite.publication();
        String election = fixture.id("election");
        List<String> secrets = List.of((String) IDENTITY.get("email"), (String) IDENTITY.get("phone"),
                (String) IDENTITY.get("agentName"), (String) IDENTITY.get("address"),
                (String) IDENTITY.get("postcode"), "zebquartpcc", "Vandermolen", "Quayside");
        Map<String, Http.Answer> surfaces = new LinkedHashMap<>();
        surfaces.put("portal", Http.get(portal + "/?electionId=" + election, null));
        surfaces.put("portal-all", Http.get(portal + "/", null));
        surfaces.put("publication page", Http.get(portal + "/publications/" + fixture.id("publication"), null));
        surfaces.put("feed", Http.get(portal + "/feed.atom", null));
        surfaces.put("publications", Http.get(portal + "/api/publications?electionId=" + election, null));
        surfaces.put("publication", Http.get(portal + "/api/publications/" + fixture.id("publication"), null));
        surfaces.put("candidates", Http.get(portal + "/api/elections/" + election + "/candidates", null));
        surfaces.put("chain head", Http.get(suite.audit() + "/api/ledger/head", null));
        List<String> leaks = new ArrayList<>();
        surfaces.forEach((name, answer) -> {
            if (answer.status() != 200) {
                leaks.add(name + " not shown: " + answer);
            }
            for (String secret : secrets) {
                if (answer.body().contains(secret)) {
                    leaks.add(name + " shows " + secret);
                }
            }
        });
        // the candidate's name is on the candidate list (PUB-6) but in no published text
        for (String name : List.of("publication page", "feed", "publications", "publication")) {
            for (String part : List.of("Zebedee", "Quartermaine")) {
                if (surfaces.get(name).body().contains(part)) {
                    leaks.add(name + " names the candidate: " + part);
                }
            }
        }
        assertThat(surfaces.get("candidates").body()).contains("Zebedee Quartermaine");
        // the public candidate list carries the name and the party only
        for (JsonNode candidate : surfaces.get("candidates").json()) {
            for (Iterator<String> fields = candidate.fieldNames(); fields.hasNext();) {
                String field = fields.next();
                if (List.of("email", "phone", "agentName", "address", "postcode", "socialHandles").contains(field)) {
                    leaks.add("candidates has the field " + field);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ sizes

    @Test
    void design6_aBodyOverTheLimitIs413OnEveryOperationThatTakesOne() {
        String big = "{\"text\":\"" + "x".repeat(300 * 1024) + "\"}";
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String service : List.of("intake", "equality", "publication", "audit")) {
            for (Operation op : ApiOperations.of(service, suite.url.get(service))) {
                if (!op.takesBody() || !op.path().startsWith("/api/")) {
                    continue;
                }
                String role = op.roles().isEmpty() ? "spoc" : op.roles().iterator().next();
                JsonNode content = op.node().path("requestBody").path("content");
                String type = content.has("application/json") || content.size() == 0 ? "application/json"
                        : content.fieldNames().next();
                Http.Answer answer = Http.send(Http.request(op.method(), suite.url.get(service)
                        + Calls.pathWithIds(op, fixture), suite.token(role), type, big)
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).build());
                checked++;
                if (answer.status() != 413) {
                    problems.add(op.service() + " " + op.name() + ": " + answer);
                }
            }
        }
        System.out.printf("oversized bodies: %d operations checked%n", checked);
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void design6_aFieldOverItsLengthIs400NamingTheField() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String service : List.of("intake", "equality", "publication", "audit")) {
            for (Operation op : ApiOperations.of(service, suite.url.get(service))) {
                JsonNode schema = op.jsonBody();
                if (schema == null || !op.path().startsWith("/api/")) {
                    continue;
                }
                String role = op.roles().isEmpty() ? "spoc" : op.roles().iterator().next();
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
                        props.hasNext();) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    JsonNode property = op.resolve(prop.getValue());
                    if (!property.has("maxLength")) {
                        continue;
                    }
                    Object sample = Calls.body(op, fixture);
                    ObjectNode body = sample == null ? Http.JSON.createObjectNode()
                            : (ObjectNode) Http.JSON.valueToTree(sample);
                    body.put(prop.getKey(), "x".repeat(property.path("maxLength").asInt() + 1));
                    Http.Answer answer = Http.call(op.method(), suite.url.get(service) + Calls.pathWithIds(op,
                            fixture), suite.token(role), body.toString());
                    checked++;
                    if (answer.status() != 400 || !answer.body().contains(prop.getKey())) {
                        problems.add(op.service() + " " + op.name() + " " + prop.getKey() + " ("
                                + property.path("maxLength").asInt() + "): " + answer);
                    }
                }
            }
        }
        System.out.printf("over-long fields: %d fields checked%n", checked);
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(20);
    }
}
