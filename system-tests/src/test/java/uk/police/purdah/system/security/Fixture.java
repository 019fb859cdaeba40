package uk.police.purdah.system.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One election with everything an operation can name in its path, made through the services' own APIs as their
 * users would: three candidates, requests logged by force-staff, opcc-staff and the SPOC, an offer made to one
 * candidate only (so equality opens a parity finding, EQ-1), a dealing, a review item pending (PUB-3) and a
 * publication released to the portal (PUB-4). Every text comes from {@link Texts}, so that a test can put a payload in
 * each.
 */
final class Fixture {

    /** The texts people type, one per field; {@link #plain(String)} gives harmless ones. */
    record Texts(String policeArea, List<Map<String, Object>> candidates, String subject, String text,
            String questions, String decisionReason, String purpose, String response, String offerDescription,
            String dealingLocation, String dealingSummary, String withdrawalReason, String reviewReturnReason,
            String publicationWithdrawalReason, String justification) {

        static Texts plain(String tag) {
            return new Texts("Area " + tag, List.of(
                    Map.of("name", "Alma Brightwater", "party", "Party A " + tag),
                    Map.of("name", "Boris Calloway", "party", "Party B " + tag),
                    Map.of("name", "Cyrus Delacroix", "party", "Party C " + tag)),
                    "Figures " + tag, "Please send the figures " + tag + ".", "Question " + tag, "Reason " + tag,
                    "Purpose " + tag, "The figures are attached " + tag + ".", "Briefing " + tag, "Room " + tag,
                    "Summary " + tag, "Withdrawn " + tag, "Returned " + tag, "Withdrawal " + tag,
                    "Justified " + tag);
        }
    }

    final SecuritySuite suite;
    final Texts texts;
    final Map<String, String> ids = new HashMap<>();

    private Fixture(SecuritySuite suite, Texts texts) {
        this.suite = suite;
        this.texts = texts;
    }

    String id(String name) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("the fixture has no " + name + ": " + ids.keySet());
        }
        return id;
    }

    static Fixture create(SecuritySuite suite, Texts texts) {
        Fixture f = new Fixture(suite, texts);
        String spoc = suite.token("spoc");
        String intake = suite.intake();
        String election = Http.created(intake + "/api/elections", spoc, Map.of("policeArea", texts.policeArea(),
                "nation", "ENGLAND", "pollDate", "2027-05-06")).path("id").asText();
        f.ids.put("election", election);
        for (int i = 0; i < texts.candidates().size(); i++) {
            String id = Http.created(intake + "/api/elections/" + election + "/candidates", spoc,
                    texts.candidates().get(i)).path("id").asText();
            f.ids.put("candidate" + i, id);
        }
        String a = f.id("candidate0");
        for (String role : List.of("force-staff", "opcc-staff", "spoc")) {
            f.ids.put("request:" + role, Http.created(intake + "/api/requests", suite.token(role), Map.of(
                    "electionId", election, "candidateId", a, "kind", "INFORMATION", "channel", "EMAIL",
                    "subject", texts.subject(), "text", texts.text())).path("id").asText());
        }
        f.ids.put("request", f.id("request:spoc"));
        f.ids.put("offer", Http.created(intake + "/api/offers", spoc, Map.of("electionId", election,
                "candidateId", a, "kind", "BRIEFING", "description", texts.offerDescription())).path("id").asText());
        f.ids.put("dealing", Http.created(intake + "/api/dealings", suite.token("force-staff"), Map.of(
                "electionId", election, "candidateId", a, "kind", "MEETING",
                "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                "location", texts.dealingLocation(), "summary", texts.dealingSummary())).path("id").asText());

        // two responses approved: one to release to the portal, one left pending in the review queue
        for (String request : List.of(f.id("request:spoc"), f.id("request:force-staff"))) {
            Http.created(intake + "/api/requests/" + request + "/decision", spoc, Map.of("decision", "GRANTED",
                    "purpose", texts.purpose()));
            Http.created(intake + "/api/requests/" + request + "/response", spoc, Map.of("text", texts.response()));
            Http.created(intake + "/api/requests/" + request + "/response/approval", spoc, null);
        }
        String publicationUrl = suite.publication();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode queue = Http.get(publicationUrl + "/api/review?electionId=" + election, spoc).json();
            for (JsonNode item : queue) {
                if (item.path("sourceId").asText().equals(f.id("request:spoc"))) {
                    f.ids.put("review:released", item.path("id").asText());
                } else if (item.path("sourceId").asText().equals(f.id("request:force-staff"))) {
                    f.ids.put("review:pending", item.path("id").asText());
                }
            }
            return f.ids.containsKey("review:released") && f.ids.containsKey("review:pending");
        });
        Http.Answer approval = Http.call("POST", publicationUrl + "/api/review/" + f.id("review:released")
                + "/approval", spoc, Map.of());
        if (!approval.is2xx()) {
            throw new AssertionError("setup failed: " + approval);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Http.get(publicationUrl + "/api/publications/" + f.id("review:released"), null)
                        .status() == 200);
        f.ids.put("publication", f.id("review:released"));

        String equalityUrl = suite.equality();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode findings = Http.get(equalityUrl + "/api/elections/" + election + "/findings", spoc).json();
            JsonNode list = findings.isArray() ? findings : findings.path("items");
            if (list.size() > 0) {
                f.ids.put("finding", list.get(0).path("id").asText());
                return true;
            }
            return false;
        });
        return f;
    }
}
