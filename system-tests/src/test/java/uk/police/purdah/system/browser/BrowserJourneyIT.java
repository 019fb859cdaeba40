package uk.police.purdah.system.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.restassured.http.ContentType;
import uk.police.purdah.system.RunningSuite;
import uk.police.purdah.testsupport.Tokens;

/**
 * Issue 9, browser journeys: people using the suite in a real browser (Debian's chromium driven by Playwright),
 * against devstack and the four packaged services as separate processes, logging in on the OIDC provider's login page.
 * A police officer logs a candidate's request on the intranet form, first with a mistake the GOV.UK error summary
 * names, then corrected (INT-1, INT-9); the SPOC grants it in the register (INT-8), drafts and approves the response
 * (PUB-1) and approves the anonymised publication (PUB-2, PUB-3); after the release (PUB-4) the public portal shows the
 * text without the candidate's identity (PUB-6). axe-core checks every page on the way (0 serious or critical
 * violations); screenshots and the axe report are kept in {@code target/screenshots/}.
 *
 * <p>Steps without a page yet (drafting and approving the response in intake, the review queue in publication) use
 * the REST API with the SPOC's token, as the page would.
 */
class BrowserJourneyIT {

    private static final String CANDIDATE = "Ada Quill";
    private static final String PHONE = "07700 900123";

    private static Map<String, String> url;
    private static Playwright playwright;
    private static Browser browser;
    private static Accessibility axe;

    @BeforeAll
    static void startTheSuiteAndTheBrowser() {
        Path chromium = Path.of(System.getProperty("purdah.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException(chromium + " is missing: install Debian's chromium (apt-get install -y "
                    + "chromium; .ci/run does it) or name another with -Dpurdah.chromium=...");
        }
        url = RunningSuite.urls(); // PUB-4: its release fires every 2 seconds

        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        axe = new Accessibility(Path.of(System.getProperty("purdah.axe.js", "target/axe-core/package/axe.min.js")),
                Path.of(System.getProperty("purdah.screenshots", "target/screenshots")));
    }

    @AfterAll
    static void stopEverything() {
        if (axe != null) {
            System.out.printf("BrowserJourneyIT: axe-core checked %d pages, %d violations of any impact: %s%n",
                    axe.pagesChecked().size(), axe.violations().size(), axe.violations());
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void officerLogsARequest_spocAnswersAndApproves_portalShowsItAnonymised() {
        String spoc = Tokens.of("spoc");
        String electionId = given().auth().oauth2(spoc).contentType(ContentType.JSON)
                .body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND",
                        "pollDate", LocalDate.now().plusDays(40).toString()))
                .post(url.get("intake") + "/api/elections").then().statusCode(201).extract().path("id");
        String candidateId = given().auth().oauth2(spoc).contentType(ContentType.JSON)
                .body(Map.of("name", CANDIDATE, "party", "Harbour Party", "email", "ada@example.org"))
                .post(url.get("intake") + "/api/elections/" + electionId + "/candidates").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(spoc).contentType(ContentType.JSON)
                .body(Map.of("name", "Ben Rook", "party", "Independent"))
                .post(url.get("intake") + "/api/elections/" + electionId + "/candidates").then().statusCode(201);

        // a second request, logged through the API, which the SPOC will refuse in the register
        String visitId = given().auth().oauth2(Tokens.of("force-staff")).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("electionId", electionId, "candidateId", candidateId, "kind", "INFORMATION",
                        "channel", "EMAIL", "subject", "Stop and search figures", "text", "Please send them."))
                .post(url.get("intake") + "/api/requests").then().statusCode(201).extract().path("id");

        long started = System.nanoTime();
        String requestId = officerLogsTheRequest(candidateId);
        spocDecidesInTheRegister(requestId, visitId);
        String publicationId = spocAnswersAndApprovesThePublication(electionId, requestId);
        publicReadsItOnThePortal(electionId, publicationId);
        System.out.printf("BrowserJourneyIT: the journeys took %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertThat(axe.violations().stream().filter(Accessibility.Violation::blocking).toList()).isEmpty();
        assertThat(axe.ownPagesChecked()).hasSize(13);
    }

    /** INT-1, INT-9: the intranet form behind the OIDC login; a mistake is named in the error summary, values kept. */
    private String officerLogsTheRequest(String candidateId) {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(url.get("intake") + "/requests/new");
            logIn(page, "force-staff");
            PlaywrightAssertions.assertThat(page).hasURL(url.get("intake") + "/requests/new");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Log a candidate request"))).isVisible();
            axe.check(page, "intake-request-form");

            page.selectOption("#candidateId", candidateId);
            page.selectOption("#kind", "INFORMATION");
            page.selectOption("#channel", "FORCE_INTRANET");
            page.fill("#text", CANDIDATE + " asked how many burglaries were reported in Norwich in October. "
                    + CANDIDATE + " can be reached on " + PHONE + ".");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the request")).click();

            Locator summary = page.locator(".govuk-error-summary");
            PlaywrightAssertions.assertThat(summary).containsText("There is a problem");
            PlaywrightAssertions.assertThat(summary.locator("a[href='#subject']")).hasText("Enter subject");
            PlaywrightAssertions.assertThat(page.locator("#subject-error")).containsText("Enter subject");
            PlaywrightAssertions.assertThat(page).hasTitle(Pattern.compile("^Error: "));
            PlaywrightAssertions.assertThat(page.locator("#text")).hasValue(Pattern.compile("^" + CANDIDATE));
            PlaywrightAssertions.assertThat(page.locator("#candidateId")).hasValue(candidateId);
            axe.check(page, "intake-request-form-error");

            summary.locator("a[href='#subject']").click();
            page.fill("#subject", "Burglaries in October");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the request")).click();

            PlaywrightAssertions.assertThat(page.locator(".govuk-panel__title")).hasText("Request logged");
            PlaywrightAssertions.assertThat(page.locator("#acknowledgement")).not().isEmpty();
            PlaywrightAssertions.assertThat(page.locator("#routedTo")).not().isEmpty();
            axe.check(page, "intake-request-logged");
            String requestId = page.locator(".govuk-panel__body strong").innerText().strip();

            // the other intranet form the officer can reach from the menu, and its error summary
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a dealing")).click();
            PlaywrightAssertions.assertThat(page).hasURL(url.get("intake") + "/dealings/new");
            axe.check(page, "intake-dealing-form");
            page.locator("main button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a[href='#candidateId']"))
                    .hasText("Select the candidate");
            axe.check(page, "intake-dealing-form-errors");
            return requestId;
        }
    }

    /** INT-8: the SPOC grants one request and refuses another, with the reason it first forgot, in the register. */
    private void spocDecidesInTheRegister(String requestId, String refusedId) {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(url.get("intake") + "/register");
            logIn(page, "spoc");
            Locator row = page.locator("#request-" + requestId);
            PlaywrightAssertions.assertThat(row).containsText("Burglaries in October");
            PlaywrightAssertions.assertThat(row).containsText("force-staff");
            axe.check(page, "intake-register");

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Grant")).click();
            PlaywrightAssertions.assertThat(page).hasURL(url.get("intake") + "/register");
            PlaywrightAssertions.assertThat(page.locator("#request-" + requestId)).containsText("GRANTED");
            PlaywrightAssertions.assertThat(page.locator("#request-" + requestId)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Grant"))).hasCount(0);
            axe.check(page, "intake-register-granted");

            Locator refused = page.locator("#request-" + refusedId);
            refused.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuse")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a[href='#reason-" + refusedId + "']"))
                    .containsText("Reason for refusing");
            axe.check(page, "intake-register-refusal-error");
            page.fill("#reason-" + refusedId, "The figures are published monthly on the force website.");
            page.locator("#request-" + refusedId).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Refuse")).click();
            PlaywrightAssertions.assertThat(page).hasURL(url.get("intake") + "/register");
            PlaywrightAssertions.assertThat(page.locator("#request-" + refusedId))
                    .containsText("REFUSED: The figures are published monthly");
            axe.check(page, "intake-register-refused");
        }
    }

    /**
     * PUB-1..PUB-3 through the REST API (no page yet): the SPOC drafts and approves the response; publication queues
     * it anonymised and the SPOC approves it for the next release.
     */
    private String spocAnswersAndApprovesThePublication(String electionId, String requestId) {
        String spoc = Tokens.of("spoc");
        given().auth().oauth2(spoc).contentType(ContentType.JSON)
                .body(Map.of("text", "Dear " + CANDIDATE + ", 312 burglaries were reported in Norwich in October."))
                .post(url.get("intake") + "/api/requests/" + requestId + "/response").then().statusCode(200);
        given().auth().oauth2(spoc).post(url.get("intake") + "/api/requests/" + requestId + "/response/approval")
                .then().statusCode(200);

        String[] found = new String[2];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> queue = given().auth().oauth2(spoc).queryParam("electionId", electionId)
                    .get(url.get("publication") + "/api/review").then().statusCode(200).extract().path("$");
            Map<String, Object> item = queue.stream().filter(i -> requestId.equals(i.get("sourceId"))).findFirst()
                    .orElseThrow(() -> new AssertionError("not queued yet: " + queue));
            found[0] = (String) item.get("id");
            found[1] = item.get("requestText") + " " + item.get("text");
        });
        assertThat(found[1]).contains("312 burglaries").doesNotContain(CANDIDATE).doesNotContain(PHONE);

        String releaseOn = given().auth().oauth2(spoc).contentType(ContentType.JSON).body(Map.of())
                .post(url.get("publication") + "/api/review/" + found[0] + "/approval").then().statusCode(200)
                .extract().path("releaseOn");
        assertThat(releaseOn).isNotNull();
        return found[0];
    }

    /** PUB-4, PUB-6: after the release the portal lists the item and shows it without the candidate's identity. */
    private void publicReadsItOnThePortal(String electionId, String publicationId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> given()
                .get(url.get("publication") + "/api/publications/" + publicationId).then().statusCode(200));

        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(url.get("publication") + "/?electionId=" + electionId);
            PlaywrightAssertions.assertThat(page.locator("#total")).hasText("1 item");
            axe.check(page, "portal-index");

            page.locator("a[href='/publications/" + publicationId + "']").click();
            PlaywrightAssertions.assertThat(page).hasURL(url.get("publication") + "/publications/" + publicationId);
            Locator main = page.locator("main");
            PlaywrightAssertions.assertThat(main).containsText("312 burglaries were reported in Norwich in October");
            PlaywrightAssertions.assertThat(main).containsText("how many burglaries were reported in Norwich");
            PlaywrightAssertions.assertThat(main).not().containsText(CANDIDATE);
            PlaywrightAssertions.assertThat(main).not().containsText(PHONE);
            axe.check(page, "portal-publication");

            page.navigate(url.get("publication") + "/?q=burglaries");
            PlaywrightAssertions.assertThat(page.locator("#total")).hasText("1 item");
            axe.check(page, "portal-search");

            page.navigate(url.get("publication") + "/publications/00000000-0000-0000-0000-000000000000");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
            axe.check(page, "portal-not-found");
        }
    }

    /** The OIDC provider's login page (mock-oauth2-server's interactive login): a demo user logs in by name. */
    private static void logIn(Page page, String username) {
        Locator name = page.locator("input[name=username]");
        PlaywrightAssertions.assertThat(name).isVisible();
        axe.scan(page, "oidc-login-" + username);
        name.fill(username);
        name.press("Enter");
        page.waitForURL(Pattern.compile("^" + Pattern.quote(url.get("intake")) + ".*"));
    }
}
