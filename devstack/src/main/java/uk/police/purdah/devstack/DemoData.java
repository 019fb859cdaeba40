package uk.police.purdah.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo register, loaded through intake's own API as the SPOC would: the Norfolk PCC election
 * of 16 July 2026, four (fictitious) candidates and a few requests.
 */
final class DemoData {

    record Loaded(String electionId, List<String> candidateIds) {
        String summary() {
            return "Norfolk PCC election of 16 July 2026 (" + electionId + "), " + candidateIds.size()
                    + " candidates (three declared), 3 requests, a briefing offered to two candidates (owed to the"
                    + " others: an open parity finding)";
        }

        String sampleRequestJson() {
            return "{\"electionId\":\"" + electionId + "\",\"candidateId\":\"" + candidateIds.get(0)
                    + "\",\"kind\":\"INFORMATION\",\"channel\":\"FORCE_INTRANET\","
                    + "\"subject\":\"Neighbourhood policing figures\","
                    + "\"text\":\"Please send the number of neighbourhood officers in each district.\"}";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DemoData() {
    }

    static Loaded load(String intake, String spocToken) throws IOException, InterruptedException {
        String electionId = post(intake + "/api/elections", spocToken, Map.of("policeArea", "Norfolk",
                "nation", "ENGLAND", "pollDate", "2026-07-16")).get("id").asText();
        List<Map<String, Object>> candidates = List.of(
                Map.of("name", "Margaret Ellison", "party", "Independent", "agentName", "Peter Vaughan",
                        "email", "m.ellison@example.org", "incumbentRole", "PCC"),
                Map.of("name", "David Okafor", "party", "Labour Party", "agentName", "Ruth Grainger",
                        "email", "david.okafor@example.org", "phone", "01603 555 0101"),
                Map.of("name", "Sarah Pembroke", "party", "Conservative Party", "agentName", "Ian Fairley",
                        "email", "sarah@pembroke4pcc.example.org"),
                Map.of("name", "Tom Hadley", "party", "Green Party", "email", "tom.hadley@example.org",
                        "formerColleague", true));
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> candidate : candidates) {
            ids.add(post(intake + "/api/elections/" + electionId + "/candidates", spocToken, candidate)
                    .get("id").asText());
        }
        post(intake + "/api/requests", spocToken, Map.of("electionId", electionId, "candidateId", ids.get(1),
                "kind", "FOI", "channel", "EMAIL", "subject", "Response times in rural areas",
                "text", "Under the Freedom of Information Act, please provide average emergency response times "
                        + "by district for 2025."));
        post(intake + "/api/requests", spocToken, Map.of("electionId", electionId, "candidateId", ids.get(2),
                "kind", "VISIT", "purpose", "FACT_FINDING", "channel", "FORCE_INTRANET",
                "subject", "Visit to the control room",
                "text", "The candidate asks to visit the contact and control room for a fact-finding briefing."));
        post(intake + "/api/requests", spocToken, Map.of("electionId", electionId, "candidateId", ids.get(3),
                "kind", "BRIEFING", "channel", "OPCC", "subject", "Briefing on the Police and Crime Plan",
                "text", "Could the OPCC brief the candidate on the current Police and Crime Plan?"));
        // three nominations declared valid (CAND-1); a briefing offered to two of them: the parity ledger owes it
        // to the other two (EQ-1), which the equality service shows as an open finding
        for (String id : ids.subList(0, 3)) {
            post(intake + "/api/candidates/" + id + "/declaration", spocToken, Map.of("declaredOn", "2026-06-19"));
        }
        for (String id : ids.subList(0, 2)) {
            post(intake + "/api/offers", spocToken, Map.of("electionId", electionId, "candidateId", id,
                    "kind", "BRIEFING", "description", "Briefing by the Chief Constable on the force's priorities"));
        }
        return new Loaded(electionId, ids);
    }

    private static JsonNode post(String url, String token, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new Suite.SuiteException("demo data: POST " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
