package uk.police.purdah.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import uk.police.purdah.system.security.ApiOperations.Operation;
import uk.police.purdah.system.security.SecuritySuite.Identity;

/**
 * DESIGN §2, §5: the role matrix, generated from each service's OpenAPI document. Every operation is called by every
 * role of DESIGN §2, by a valid token with no role, with no token, and with tokens that must never be accepted
 * (expired, another issuer, a bad signature, a key of our own, {@code alg: none}, HS256); path parameters are the ids
 * of a real fixture, so that it is the role check that answers, not a 404. No identity gets a 2xx where the design
 * does not allow it; every allowed role gets past the role check; and the roles each operation documents are the
 * roles DESIGN §5 gives it.
 */
class RoleMatrixIT {

    static final String PUBLIC = "public";

    /** DESIGN §5, as written there ("a submitter sees their own" counts force-staff and opcc-staff in). */
    static final Map<String, Set<String>> DESIGN = new LinkedHashMap<>();

    static {
        Set<String> staff = Set.of("force-staff", "opcc-staff", "spoc", "chief-constable", "auditor",
                "returning-officer");
        Set<String> spoc = Set.of("spoc");
        design("intake", "POST /api/elections", spoc);
        design("intake", "GET /api/elections", staff);
        design("intake", "GET /api/elections/{id}", staff);
        design("intake", "PATCH /api/elections/{id}", spoc);
        design("intake", "GET /api/calendar/foi-due", staff);
        design("intake", "GET /api/calendar/timetable", staff);
        design("intake", "POST /api/elections/{id}/candidates", spoc);
        design("intake", "GET /api/elections/{id}/candidates", spoc);
        design("intake", "POST /api/candidates/{id}/declaration", spoc);
        design("intake", "POST /api/candidates/{id}/withdrawal", spoc);
        design("intake", "POST /api/requests", Set.of("force-staff", "opcc-staff", "spoc"));
        design("intake", "GET /api/requests", Set.of("spoc", "chief-constable", "force-staff", "opcc-staff"));
        design("intake", "GET /api/requests/{id}", Set.of("spoc", "chief-constable", "force-staff", "opcc-staff"));
        design("intake", "POST /api/requests/{id}/decision", spoc);
        design("intake", "POST /api/requests/{id}/response", spoc);
        design("intake", "POST /api/requests/{id}/response/approval", spoc);
        design("intake", "POST /api/offers", Set.of("spoc", "opcc-staff"));
        design("intake", "POST /api/offers/{id}/outcome", Set.of("spoc", "opcc-staff"));
        design("intake", "POST /api/dealings", Set.of("force-staff", "opcc-staff", "spoc"));
        Set<String> parity = Set.of("spoc", "chief-constable", "returning-officer", "auditor");
        design("equality", "GET /api/elections/{id}/parity", parity);
        design("equality", "GET /api/elections/{id}/findings", parity);
        design("equality", "POST /api/findings/{id}/justification", spoc);
        design("publication", "GET /api/publications", Set.of(PUBLIC));
        design("publication", "GET /api/publications/{id}", Set.of(PUBLIC));
        // PUB-6: "the portal lists the candidates' names and parties" (allowed: 000 §3.1), so its API is public too
        design("publication", "GET /api/elections/{id}/candidates", Set.of(PUBLIC));
        design("publication", "GET /api/review", spoc);
        design("publication", "POST /api/review/{id}/approval", spoc);
        design("publication", "POST /api/review/{id}/return", spoc);
        design("publication", "POST /api/redactions/preview", spoc);
        design("publication", "POST /api/publications/{id}/withdrawal", spoc);
        design("audit", "GET /api/ledger", Set.of("auditor", "spoc"));
        design("audit", "GET /api/ledger/verification", Set.of("auditor"));
        design("audit", "GET /api/ledger/head", Set.of(PUBLIC));
    }

    private static void design(String service, String operation, Set<String> roles) {
        DESIGN.put(service + " " + operation, roles);
    }

    static SecuritySuite suite;
    static Fixture fixture;
    static Map<String, List<Operation>> operations = new LinkedHashMap<>();

    @BeforeAll
    static void suiteAndFixture() {
        suite = SecuritySuite.get();
        fixture = Fixture.create(suite, Fixture.Texts.plain("matrix"));
        for (String service : List.of("intake", "equality", "publication", "audit")) {
            operations.put(service, ApiOperations.of(service, suite.url.get(service)));
        }
    }

    @Test
    void design5_everyOperationDocumentsTheRolesTheDesignGivesIt() {
        List<String> disagreements = new ArrayList<>();
        Map<String, Operation> documented = new LinkedHashMap<>();
        operations.values().forEach(ops -> ops.forEach(op -> documented.put(op.service() + " " + op.name(), op)));
        DESIGN.forEach((key, roles) -> {
            Operation op = documented.get(key);
            if (op == null) {
                disagreements.add(key + ": in DESIGN §5 but not in the service's OpenAPI document");
                return;
            }
            Set<String> inDoc = op.secured() ? new TreeSet<>(op.roles()) : new TreeSet<>(Set.of(PUBLIC));
            if (!inDoc.equals(new TreeSet<>(roles))) {
                disagreements.add(key + ": DESIGN §5 says " + new TreeSet<>(roles) + ", the OpenAPI document "
                        + inDoc);
            }
        });
        documented.forEach((key, op) -> {
            if (op.secured() && op.roles().isEmpty()) {
                disagreements.add(key + ": needs a token but its description names no role (\"Roles: …\")");
            }
            if (!op.secured() && !DESIGN.containsKey(key) && op.path().startsWith("/api/")) {
                disagreements.add(key + ": public, but DESIGN §5 makes only the portal's reads public");
            }
        });
        assertThat(disagreements).isEmpty();
        System.out.printf("role matrix: %d documented operations, %d of them in DESIGN §5%n", documented.size(),
                DESIGN.size());
    }

    @Test
    void design2_theForgedTokensDifferFromARealOneOnlyInWhatIsWrongWithThem() {
        // the control: the SPOC's own claims re-signed with the provider's key are accepted, so the expired and
        // other-issuer tokens below are refused for their expiry and their issuer, not for how they were built
        assertThat(Http.get(suite.audit() + "/api/ledger", ForgedTokens.resigned()).status()).isEqualTo(200);
        for (Identity forged : suite.identities().values()) {
            if (!forged.authenticated() && forged.token() != null) {
                assertThat(Http.get(suite.audit() + "/api/ledger", forged.token()).status())
                        .as(forged.name()).isEqualTo(401);
            }
        }
    }

    @Test
    void design2_noIdentityGetsA2xxWhereTheDesignDoesNotAllowIt() {
        Map<String, Identity> identities = suite.identities();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger allowed2xx = new AtomicInteger();
        Set<String> operationsChecked = Collections.synchronizedSet(new TreeSet<>());
        Semaphore parallel = new Semaphore(8);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        List<Object[]> sequential = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> service : operations.entrySet()) {
            String base = suite.url.get(service.getKey());
            for (Operation op : service.getValue()) {
                if (service.getKey().equals("intake") && !op.path().startsWith("/api/")) {
                    continue; // the intranet pages log in by the code flow: int1_theIntranetPagesLetInOnlyTheirRoles
                }
                operationsChecked.add(op.service() + " " + op.name());
                for (String accept : Calls.acceptVariants(op)) {
                    for (Identity who : identities.values()) {
                        if (who.authenticated() && op.allows(who.role()) && !op.method().equals("GET")) {
                            // allowed changes run one by one afterwards: two allowed transitions of one item at the
                            // same moment (approve and return) are a race, not a role check (see the report)
                            sequential.add(new Object[] {op, who, accept, base});
                            continue;
                        }
                        parallel.acquireUninterruptibly();
                        calls.incrementAndGet();
                        pending.add(Http.sendAsync(Calls.request(base, op, fixture, who.token(), accept))
                                .whenComplete((answer, error) -> parallel.release())
                                .thenAccept(answer -> {
                                    String problem = judge(op, who, answer);
                                    if (problem != null) {
                                        failures.add(who.name() + (accept == null ? "" : " [" + accept + "]") + ": "
                                                + problem + " — " + answer);
                                    } else if (answer.is2xx() && who.authenticated()) {
                                        allowed2xx.incrementAndGet();
                                    }
                                }));
                    }
                }
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        for (Object[] call : sequential) {
            Operation op = (Operation) call[0];
            Identity who = (Identity) call[1];
            String accept = (String) call[2];
            calls.incrementAndGet();
            Http.Answer answer = Http.send(Calls.request((String) call[3], op, fixture, who.token(), accept));
            String problem = judge(op, who, answer);
            if (problem != null) {
                failures.add(who.name() + ": " + problem + " — " + answer);
            } else if (answer.is2xx()) {
                allowed2xx.incrementAndGet();
            }
        }
        System.out.printf("role matrix: %d operations x %d identities = %d calls (with Accept variants), %d allowed"
                + " 2xx, %d failures%n", operationsChecked.size(), identities.size(), calls.get(), allowed2xx.get(),
                failures.size());
        assertThat(failures).isEmpty();
        assertThat(operationsChecked).hasSizeGreaterThanOrEqualTo(DESIGN.size());
    }

    /** Null when the answer is what the design allows this identity, else what is wrong. */
    static String judge(Operation op, Identity who, Http.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "a server error";
        }
        if (Http.STACK_TRACE.matcher(answer.body()).find()) {
            return "a stack trace in the body";
        }
        if (!op.secured()) {
            // public: anyone reads it; a token that is not valid may still be refused
            return status == 401 && who.authenticated() ? "a valid token refused on a public operation" : null;
        }
        if (!who.authenticated()) {
            return status == 401 ? null : "expected 401 for a token that must not be accepted";
        }
        if (!op.allows(who.role())) {
            return status == 403 ? null : "expected 403: " + who.name() + " is not among " + op.roles();
        }
        if (status == 401 || status == 403) {
            return "an allowed role was refused";
        }
        if (op.method().equals("GET") && !answer.is2xx()) {
            boolean callerRestricted = op.node().path("responses").path("404").path("description").asText()
                    .contains("caller");
            if (!(status == 404 && callerRestricted)) {
                return "an allowed role could not read it";
            }
        }
        return null;
    }

    /** DESIGN §5 (GET /api/requests, /api/dealings): force-staff and opcc-staff read only what they logged. */
    @Test
    void int1_aSubmitterReadsOnlyTheirOwnRequestsAndDealings() {
        String intake = suite.intake();
        String mine = fixture.id("request:force-staff");
        String theirs = fixture.id("request:opcc-staff");
        String spocs = fixture.id("request:spoc");
        String force = suite.token("force-staff");
        String opcc = suite.token("opcc-staff");
        String election = "?electionId=" + fixture.id("election");

        assertThat(Http.get(intake + "/api/requests/" + mine, force).status()).isEqualTo(200);
        assertThat(Http.get(intake + "/api/requests/" + theirs, force).status()).isEqualTo(404);
        assertThat(Http.get(intake + "/api/requests/" + spocs, force).status()).isEqualTo(404);
        assertThat(Http.get(intake + "/api/requests/" + mine, opcc).status()).isEqualTo(404);
        // (the matrix may have logged more as force-staff and opcc-staff: each sees those, and no one else's)
        JsonNode forcesList = Http.get(intake + "/api/requests" + election, force).json().path("items");
        assertThat(ids(forcesList)).contains(mine).doesNotContain(theirs, spocs);
        forcesList.forEach(item -> assertThat(item.path("receivedBy").asText()).isEqualTo("force-staff"));
        JsonNode opccsList = Http.get(intake + "/api/requests" + election, opcc).json().path("items");
        assertThat(ids(opccsList)).contains(theirs).doesNotContain(mine, spocs);
        opccsList.forEach(item -> assertThat(item.path("receivedBy").asText()).isEqualTo("opcc-staff"));
        assertThat(ids(Http.get(intake + "/api/requests" + election, suite.token("chief-constable")).json()
                .path("items"))).contains(mine, theirs, spocs);

        String dealing = fixture.id("dealing"); // recorded by force-staff
        assertThat(Http.get(intake + "/api/dealings/" + dealing, force).status()).isEqualTo(200);
        assertThat(Http.get(intake + "/api/dealings/" + dealing, opcc).status()).isEqualTo(404);
        assertThat(ids(Http.get(intake + "/api/dealings" + election, opcc).json())).doesNotContain(dealing);
        assertThat(ids(Http.get(intake + "/api/dealings" + election, force).json())).contains(dealing);
        Http.get(intake + "/api/dealings" + election, opcc).json()
                .forEach(item -> assertThat(item.path("recordedBy").asText()).isEqualTo("opcc-staff"));
    }

    /** The intranet pages (OIDC login, INT-1): the form for those who log requests, the register for SPOC and CC. */
    @Test
    void int1_theIntranetPagesLetInOnlyTheirRoles() {
        Map<String, Set<String>> pages = Map.of("/requests/new", Set.of("force-staff", "opcc-staff", "spoc"),
                "/dealings/new", Set.of("force-staff", "opcc-staff", "spoc"),
                "/register", Set.of("spoc", "chief-constable"));
        List<String> failures = new ArrayList<>();
        for (String role : SecuritySuite.ROLES) {
            Http.BrowserSession browser = new Http.BrowserSession();
            for (Map.Entry<String, Set<String>> page : new java.util.TreeMap<>(pages).entrySet()) {
                Http.Answer answer = browser.open(suite.intake() + page.getKey(), role);
                int expected = page.getValue().contains(role) ? 200 : 403;
                if (answer.status() != expected) {
                    failures.add(role + " " + page.getKey() + ": expected " + expected + ", got " + answer);
                }
            }
        }
        // without a login the pages send the browser to the login page, never show data
        Http.Answer anonymous = Http.get(suite.intake() + "/register", null);
        assertThat(anonymous.status()).as(anonymous.toString()).isIn(302, 303, 401);
        assertThat(failures).isEmpty();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
