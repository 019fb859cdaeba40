package uk.police.purdah.publication.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static uk.police.purdah.publication.service.Fixtures.events;
import static uk.police.purdah.publication.service.Fixtures.spoc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.publication.service.Fixtures;
import uk.police.purdah.testsupport.DevStackResource;

/** PUB-6 and PUB-7: the portal pages and the Atom feed, escaped, with and without audit-service. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = AuditStub.class, restrictToAnnotatedClass = false)
class PortalTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SCRIPT = "<script>alert('x')</script>";

    @AfterEach
    void auditBack() {
        AuditStub.down = false;
    }

    @Test
    void pub6_thePortalShowsTheCandidatesPartiesPublicationsAndTheChainHead() {
        Fixtures f = new Fixtures();
        String id = f.published("Rural crime figures", "How many rural thefts were recorded?", "1,204 in 2025.");
        String html = given().get("/?electionId=" + f.electionId).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("Police and Crime Commissioner election, Norfolk, poll on 16 July 2026")
                .contains("Margaret Thornbury").contains("Broadland First Party").contains("Gideon Ashcombe")
                .contains("Wensum Independents").contains("href=\"/publications/" + id + "\"")
                .contains("Rural crime figures").contains("Entry 42").contains(AuditStub.HASH)
                .doesNotContain("m.thornbury@example.org").doesNotContain("Desmond Okafor")
                .doesNotContain("<script").contains("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
        given().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").then().statusCode(200)
                .contentType(containsString("text/css"));
        given().get("/publications/" + id).then().statusCode(200).body(containsString("How many rural thefts"))
                .body(containsString("1,204 in 2025.")).body(containsString("Request"));
        given().get("/?electionId=" + f.electionId + "&q=rural&kind=RESPONSE").then().statusCode(200)
                .body(containsString("Rural crime figures")).body(containsString("1 item"));
        given().get("/?electionId=" + f.electionId + "&kind=BRIEFING_MATERIAL").then().statusCode(200)
                .body(not(containsString("Rural crime figures"))).body(containsString("0 items"));
    }

    @Test
    void pub6_thePortalStillRendersWhenAuditIsDown() {
        Fixtures f = new Fixtures();
        AuditStub.down = true;
        given().get("/?electionId=" + f.electionId).then().statusCode(200)
                .body(containsString("The audit chain head is not available at the moment."))
                .body(containsString("Margaret Thornbury")).body(not(containsString(AuditStub.HASH)));
    }

    @Test
    void pub7_aWithdrawalNoticeWithItsReasonStaysOnThePortal() {
        Fixtures f = new Fixtures();
        String id = f.published("Stop and search", "How many stops in May?", "312 stops.");
        spoc().body(Map.of("reason", "the May figure included April")).post("/api/publications/" + id
                + "/withdrawal").then().statusCode(200);
        given().get("/publications/" + id).then().statusCode(200).body(containsString("Withdrawn"))
                .body(containsString("the May figure included April")).body(not(containsString("312 stops.")));
        given().get("/?electionId=" + f.electionId).then().statusCode(200)
                .body(containsString("the May figure included April"));
    }

    @Test
    void pub6_badPortalParametersAre400AndUnreleasedItemsAre404() {
        given().get("/?electionId=nope&page=-1&kind=POSTER").then().statusCode(400)
                .body(containsString("electionId")).body(containsString("page")).body(containsString("kind"));
        given().get("/publications/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Page not found"));
        given().get("/publications/not-an-id").then().statusCode(404).body(containsString("Page not found"));
        Fixtures f = new Fixtures();
        String pending = f.queued(f.response("Pending", "Q?", "A.", "2026-05-12")).getString("id");
        given().get("/publications/" + pending).then().statusCode(404).body(not(containsString("Pending")));
    }

    @Test
    void pub6_scriptPayloadsInEveryFieldAreEscapedOnEveryPageAndInTheFeed() throws Exception {
        UUID electionId = UUID.randomUUID();
        events.send(new uk.police.purdah.events.ElectionScheduled(electionId, "Norfolk " + SCRIPT, "ENGLAND",
                java.time.LocalDate.of(2030, 5, 2), java.time.LocalDate.of(2030, 3, 21), null, null, 2));
        events.send(new CandidateRegistered(electionId, UUID.randomUUID(), new CandidateIdentity("Xavier Quill",
                "<img src=x onerror=alert(1)> Party", null, null, null, null, null, List.of()), IncumbentRole.NONE,
                false, List.of()));
        await().atMost(Fixtures.WAIT).untilAsserted(() -> given().get("/api/elections/" + electionId
                + "/candidates").then().statusCode(200));
        Fixtures f = new Fixtures();
        String id = f.published("Subject " + SCRIPT, "Request " + SCRIPT + " <b>bold</b>", "Response " + SCRIPT
                + " \"quoted\" & <a href=javascript:alert(1)>link</a>");
        String withdrawn = f.published("Second " + SCRIPT, "Q " + SCRIPT, "A " + SCRIPT);
        spoc().body(Map.of("reason", "Reason " + SCRIPT)).post("/api/publications/" + withdrawn + "/withdrawal")
                .then().statusCode(200);

        List<String> pages = List.of(
                given().get("/?electionId=" + f.electionId).then().statusCode(200).extract().asString(),
                given().get("/?electionId=" + electionId).then().statusCode(200).extract().asString(),
                given().queryParam("electionId", f.electionId.toString()).queryParam("q", SCRIPT).get("/").then()
                        .statusCode(200).extract().asString(),
                given().get("/publications/" + id).then().statusCode(200).extract().asString(),
                given().get("/publications/" + withdrawn).then().statusCode(200).extract().asString());
        for (String page : pages) {
            assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                    .doesNotContain("<a href=javascript");
        }
        assertThat(pages.get(0)).contains("Subject &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(pages.get(1)).contains("&lt;img src=x onerror=alert(1)&gt; Party").contains("Norfolk &lt;script&gt;");
        assertThat(pages.get(2)).contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"");
        assertThat(pages.get(3)).contains("Response &lt;script&gt;").contains("&quot;quoted&quot; &amp;");
        assertThat(pages.get(4)).contains("Reason &lt;script&gt;");

        String feed = given().get("/feed.atom").then().statusCode(200).extract().asString();
        assertThat(feed).doesNotContain("<script").doesNotContain("<img").contains("Subject &lt;script&gt;");
        Document atom = parse(feed);
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        boolean found = false;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (text(entry, "id").equals("urn:uuid:" + id)) {
                found = true;
                assertThat(text(entry, "title")).isEqualTo("Subject " + SCRIPT);
                assertThat(text(entry, "content")).contains("Response " + SCRIPT);
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void pub6_theFeedIsValidAtom10DatedByDayOnly() throws Exception {
        Fixtures f = new Fixtures();
        String id = f.published("Feed item", "What is in the feed?", "This.");
        String feed = given().get("/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        Document atom = parse(feed);
        Element root = atom.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        // RFC 4287 §4.1.1: a feed has exactly one id, title and updated, and an author when entries have none
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(direct(root, required)).as(required).hasSize(1);
        }
        assertThat(text(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isGreaterThan(0);
        boolean found = false;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertThat(direct(entry, required)).as("entry " + required).hasSize(1);
            }
            assertThat(text(entry, "id")).startsWith("urn:uuid:");
            assertThat(text(entry, "updated")).as("PUB-4: the day only").matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
            assertThat(direct(entry, "link")).isNotEmpty();
            found |= text(entry, "id").equals("urn:uuid:" + id);
        }
        assertThat(found).isTrue();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> direct(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = direct(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }
}
