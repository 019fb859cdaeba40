package uk.police.purdah.equality.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_1;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_2;
import static uk.police.purdah.equality.testing.ParityEvents.REGISTRATION;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.police.purdah.equality.mapping.ParityReports;
import uk.police.purdah.equality.testing.Instants;
import uk.police.purdah.equality.testing.ParityEvents;
import uk.police.purdah.events.EngagementHeld;
import uk.police.purdah.events.OfferAccepted;
import uk.police.purdah.events.OfferDeclined;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** EQ-7: the parity report at any moment, as JSON, CSV (RFC 4180) and a printable page. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class ParityReportTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Four candidates, one of each state for the briefing, and a statutory dealing with the incumbent. */
    private ParityEvents election() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann \"Annie\" Able, Jr.", REGISTRATION);
        UUID bob = e.candidate("Bob <b>Baker</b>", REGISTRATION);
        UUID cat = e.candidate("=HYPERLINK(\"http://evil\")", REGISTRATION);
        UUID dan = e.candidate("Dan Dale", IncumbentRole.PCC, REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(4)));
        UUID annOffer = e.briefing(ann, DAY_1);
        UUID bobOffer = e.briefing(bob, DAY_1);
        UUID catOffer = e.briefing(cat, DAY_1);
        e.send(new OfferAccepted(e.electionId, annOffer, ann, DAY_1.plusHours(1)), DAY_1.plusHours(1));
        e.send(new EngagementHeld(e.electionId, annOffer, ann, DAY_2.plusDays(1), "notes", true), DAY_2.plusDays(1));
        e.send(new OfferAccepted(e.electionId, bobOffer, bob, DAY_1.plusHours(2)), DAY_1.plusHours(2));
        e.send(new OfferDeclined(e.electionId, catOffer, cat, DAY_2), DAY_2);
        e.dealing(dan, "MEETING", true, DAY_2);
        e.offer(dan, OfferKind.INFORMATION_PACK, null, DAY_2.plusHours(1));
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("offers", hasSize(2)));
        return e;
    }

    @Test
    void eq7_theJsonReportHasEveryCellWithItsDates() {
        ParityEvents e = election();
        String ann = "candidates.find { it.name == 'Ann \"Annie\" Able, Jr.' }";
        String cat = "candidates.find { it.name.startsWith('=') }";
        String dan = "candidates.find { it.name == 'Dan Dale' }";
        await().atMost(WAIT).untilAsserted(() -> e.parity("returning-officer")
                .body("offers.key", contains("BRIEFING", "INFORMATION_PACK"))
                .body("offers.label", contains("Briefing", "Information pack"))
                .body("candidates", hasSize(4))
                .body(ann + ".cells[0].state", equalTo("HELD"))
                .body(ann + ".cells[0].offeredAt", Instants.at("2026-06-01T09:00:00Z"))
                .body(ann + ".cells[0].acceptedAt", Instants.at("2026-06-01T10:00:00Z"))
                .body(ann + ".cells[0].heldAt", Instants.at("2026-06-03T09:00:00Z"))
                .body("candidates.find { it.name == 'Bob <b>Baker</b>' }.cells[0].state", equalTo("ACCEPTED"))
                .body(cat + ".cells[0].state", equalTo("DECLINED"))
                .body(cat + ".cells[0].declinedAt", Instants.at("2026-06-02T09:00:00Z"))
                .body(cat + ".cells[1].owed", equalTo(true))
                .body(dan + ".cells[0].state", equalTo("NOT_OFFERED"))
                .body(dan + ".cells[0].owed", equalTo(true))
                .body(dan + ".cells[0].owedBy", Instants.at("2026-06-03T23:00:00Z"))
                .body(dan + ".cells[0].offeredAt", nullValue())
                .body(dan + ".cells[1].state", equalTo("OFFERED"))
                .body(dan + ".dealings[0].statutory", equalTo(true))
                .body(dan + ".dealings[0].countsForParity", equalTo(false))
                .body("generatedAt", Instants.at("2026-06-02T12:00:00Z"))
                .body("openFindings", equalTo(2)));
    }

    @Test
    void eq7_theCsvReportIsRfc4180AndSafeInASpreadsheet() {
        ParityEvents e = election();
        Response response = given().auth().oauth2(Tokens.of("chief-constable")).accept("text/csv")
                .get("/api/elections/" + e.electionId + "/parity");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("attachment").contains(".csv");
        String csv = response.asString();
        assertThat(csv).startsWith(ParityReports.BOM).endsWith("\r\n");
        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows).hasSize(5);
        java.util.function.Function<String, List<String>> row = start -> rows.stream()
                .filter(r -> r.get(0).startsWith(start)).findFirst().orElseThrow();
        assertThat(rows.get(0)).containsExactly("Candidate", "Party", "Status", "Requests", "Briefing",
                "Information pack", "Statutory dealings (listed, not counted: EQ-5)");
        assertThat(row.apply("'=")).containsExactly("'=HYPERLINK(\"http://evil\")", "Example Party", "Prospective", "0",
                "Offered 01/06/2026; declined 02/06/2026", "Not offered; owed by 04/06/2026", "");
        assertThat(row.apply("Ann").get(4)).isEqualTo("Offered 01/06/2026; accepted 01/06/2026; held 03/06/2026");
        assertThat(row.apply("Dan")).containsExactly("Dan Dale", "Example Party", "Prospective (incumbent PCC)", "0",
                "Not offered; owed by 03/06/2026", "Offered 02/06/2026", "Meeting 02/06/2026");
        // the same through ?format=csv, for a link in a browser
        given().auth().oauth2(Tokens.of("auditor")).get("/api/elections/" + e.electionId + "/parity?format=csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    }

    @Test
    void eq7_thePrintablePageEscapesTextAndShowsUkDatesAndWhenItWasGenerated() {
        ParityEvents e = election();
        String html = given().auth().oauth2(Tokens.of("returning-officer")).accept("text/html")
                .get("/api/elections/" + e.electionId + "/parity").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">")
                .contains("Parity report: Norfolk PCC election, 16 July 2026")
                .contains("@media print").contains("govuk-table")
                .contains("Bob &lt;b&gt;Baker&lt;/b&gt;").doesNotContain("<b>Baker</b>")
                .contains("Ann &quot;Annie&quot; Able, Jr.")
                .contains("Held 3 June 2026").contains("Declined 2 June 2026")
                .contains("Generated</dt><dd><time datetime=\"2026-06-02T12:00Z\">2 June 2026 at 1:00pm</time>")
                .contains("Statutory dealings with the incumbent").contains("<td class=\"govuk-table__cell\">Meeting</td>")
                .contains("Owed</strong><br>by 3 June 2026");
        // a browser's Accept header gets the page
        given().auth().oauth2(Tokens.of("spoc"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get("/api/elections/" + e.electionId + "/parity").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"));
    }

    @Test
    void eq7_aFormatOtherThanJsonCsvOrHtmlIsA400NamingIt() {
        ParityEvents e = new ParityEvents();
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc"));
        given().auth().oauth2(Tokens.of("spoc")).get("/api/elections/" + e.electionId + "/parity?format=pdf").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("format"));
        given().auth().oauth2(Tokens.of("spoc")).accept("application/pdf")
                .get("/api/elections/" + e.electionId + "/parity").then().statusCode(406);
    }

    /** RFC 4180: fields split on commas, quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line feed or carriage return outside quotes").isNotIn('\r', '\n');
                field.append(c);
            }
        }
        assertThat(field).as("the last line ends with CRLF").isEmpty();
        return rows;
    }
}
