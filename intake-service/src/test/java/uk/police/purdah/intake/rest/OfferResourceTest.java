package uk.police.purdah.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.police.purdah.intake.rest.Fixtures.as;
import static uk.police.purdah.intake.rest.Fixtures.awaitEnvelope;
import static uk.police.purdah.intake.rest.Fixtures.awaitEvent;
import static uk.police.purdah.intake.rest.Fixtures.candidate;
import static uk.police.purdah.intake.rest.Fixtures.candidateForm;
import static uk.police.purdah.intake.rest.Fixtures.election;
import static uk.police.purdah.intake.rest.Fixtures.register;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.EngagementHeld;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.OfferAccepted;
import uk.police.purdah.events.OfferDeclined;
import uk.police.purdah.events.OfferExtended;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.testsupport.DevStackResource;

/** Offers and their outcomes (EQ-1, CAL-3, INT-5, CAND-1, CAND-4). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class OfferResourceTest {

    /** Inside the purdah window of the 16 July 2026 poll, which starts on 4 June 2026. */
    static final String INSIDE_PURDAH = "2026-06-10T10:00:00+01:00";
    static final String BEFORE_PURDAH = "2026-05-01T10:00:00+01:00";

    private String electionId;
    private String candidateId;

    @BeforeEach
    void anElectionWithACandidate() {
        electionId = (String) election("2026-07-16").get("id");
        candidateId = candidate(electionId, "Olive Offered");
    }

    private Map<String, Object> form(String kind) {
        Map<String, Object> form = new HashMap<>();
        form.put("electionId", electionId);
        form.put("candidateId", candidateId);
        form.put("kind", kind);
        form.put("description", "Briefing on the Police and Crime Plan");
        form.put("extendedAt", INSIDE_PURDAH);
        return form;
    }

    private static ValidatableResponse extend(String user, Map<String, Object> form) {
        return as(user).body(form).post("/api/offers").then();
    }

    private String offer(String kind) {
        return extend("spoc", form(kind)).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse outcome(String offerId, Map<String, Object> body) {
        return as("spoc").body(body).post("/api/offers/" + offerId + "/outcome").then();
    }

    private static Map<String, Object> held(String heldAt, String notes) {
        return Map.of("outcome", "HELD", "heldAt", heldAt, "notes", notes);
    }

    @Test
    void eq1_cal3_anOfferExtendedInsidePurdahIsMarkedAndAnnounced() {
        String id = extend("opcc-staff", form("BRIEFING")).statusCode(201)
                .body("status", equalTo("EXTENDED"))
                .body("insidePurdah", equalTo(true))
                .body("extendedBy", equalTo("opcc-staff"))
                .body("extendedAt", equalTo(INSIDE_PURDAH))
                .body("candidateName", equalTo("Olive Offered"))
                .extract().path("id");
        EventEnvelope envelope = awaitEnvelope(EventType.OFFER_EXTENDED, id);
        assertThat(envelope.actor()).isEqualTo("opcc-staff");
        assertThat(envelope.electionid().toString()).isEqualTo(electionId);
        OfferExtended event = (OfferExtended) envelope.data();
        assertThat(event.kind()).isEqualTo(OfferKind.BRIEFING);
        assertThat(event.candidateId().toString()).isEqualTo(candidateId);
        assertThat(event.insidePurdah()).isTrue();
        assertThat(event.extendedAt()).isEqualTo(OffsetDateTime.parse(INSIDE_PURDAH));
    }

    @Test
    void cal3_anOfferExtendedBeforePurdahIsNotInsideIt() {
        Map<String, Object> form = form("INFORMATION_PACK");
        form.put("extendedAt", BEFORE_PURDAH);
        String id = extend("spoc", form).statusCode(201).body("insidePurdah", equalTo(false)).extract().path("id");
        OfferExtended event = awaitEvent(EventType.OFFER_EXTENDED, id);
        assertThat(event.insidePurdah()).isFalse();
        // without extendedAt it is extended now: this poll is over, so it is outside purdah
        form.remove("extendedAt");
        extend("spoc", form).statusCode(201).body("insidePurdah", equalTo(false));
    }

    @Test
    void eq1_aMeetingNamesItsOfficeHolder() {
        extend("spoc", form("MEETING")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("officeHolder"));
        Map<String, Object> withChief = form("MEETING");
        withChief.put("officeHolder", "Chief Constable");
        String id = extend("spoc", withChief).statusCode(201).body("officeHolder", equalTo("CHIEF_CONSTABLE"))
                // INT-5: a meeting with the Chief Constable waits for the formal declaration
                .body("warnings", hasItem(containsString("formal declaration")))
                .extract().path("id");
        OfferExtended event = awaitEvent(EventType.OFFER_EXTENDED, id);
        assertThat(event.officeHolder()).isEqualTo("CHIEF_CONSTABLE");

        Map<String, Object> other = form("MEETING");
        other.put("officeHolder", "Head of Estates");
        extend("spoc", other).statusCode(201).body("officeHolder", equalTo("Head of Estates"))
                .body("warnings", empty());
    }

    @Test
    void cand1_nothingIsOfferedToAWithdrawnCandidateOrOneOfAnotherElection() {
        String leaving = candidate(electionId, "Walt Withdrawn");
        as("spoc").body(Map.of("reason", "Stood down")).post("/api/candidates/" + leaving + "/withdrawal").then()
                .statusCode(200);
        Map<String, Object> toWithdrawn = form("VISIT");
        toWithdrawn.put("candidateId", leaving);
        extend("spoc", toWithdrawn).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("withdrawn"));

        String elsewhere = candidate((String) election("2027-05-06").get("id"), "Elsa Elsewhere");
        Map<String, Object> toOther = form("VISIT");
        toOther.put("candidateId", elsewhere);
        extend("spoc", toOther).statusCode(400).body("violations.field", hasItem("candidateId"));

        Map<String, Object> unknownCandidate = form("VISIT");
        unknownCandidate.put("candidateId", UUID.randomUUID().toString());
        extend("spoc", unknownCandidate).statusCode(400).body("violations.field", hasItem("candidateId"));
        Map<String, Object> unknownElection = form("VISIT");
        unknownElection.put("electionId", UUID.randomUUID().toString());
        extend("spoc", unknownElection).statusCode(400).body("violations.field", hasItem("electionId"));
    }

    @Test
    void eq1_badInputIsA400NamingTheField() {
        Map<String, Object> noKind = form("VISIT");
        noKind.remove("kind");
        extend("spoc", noKind).statusCode(400).body("violations.field", hasItem(containsString("kind")));
        extend("spoc", form("BRIBE")).statusCode(400).body("violations.field", hasItem("kind"));
        Map<String, Object> future = form("VISIT");
        future.put("extendedAt", "2099-01-01T10:00:00Z");
        extend("spoc", future).statusCode(400).body("violations.field", hasItem(containsString("extendedAt")));
        Map<String, Object> badId = form("VISIT");
        badId.put("candidateId", "not-a-uuid");
        extend("spoc", badId).statusCode(400).body("violations.field", hasItem("candidateId"));
        Map<String, Object> noElection = form("VISIT");
        noElection.remove("electionId");
        extend("spoc", noElection).statusCode(400).body("violations.field", hasItem(containsString("electionId")));
        as("spoc").queryParam("electionId", "nope").get("/api/offers").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("electionId"));
    }

    @Test
    void eq1_anAcceptedOfferIsHeldWithNotesThatArePublishedAnonymised() {
        String id = offer("BRIEFING");
        outcome(id, Map.of("outcome", "ACCEPTED", "at", "2026-06-11T09:00:00+01:00")).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("outcomeAt", equalTo("2026-06-11T09:00:00+01:00"));
        OfferAccepted accepted = awaitEvent(EventType.OFFER_ACCEPTED, id);
        assertThat(accepted.at()).isEqualTo(OffsetDateTime.parse("2026-06-11T09:00:00+01:00"));

        outcome(id, held("2026-06-20T14:00:00+01:00", "The candidate asked about rural crime.")).statusCode(200)
                .body("status", equalTo("HELD"))
                .body("heldAt", equalTo("2026-06-20T14:00:00+01:00"))
                .body("notes", equalTo("The candidate asked about rural crime."));
        EngagementHeld event = awaitEvent(EventType.ENGAGEMENT_HELD, id);
        assertThat(event.notes()).isEqualTo("The candidate asked about rural crime.");
        assertThat(event.heldAt()).isEqualTo(OffsetDateTime.parse("2026-06-20T14:00:00+01:00"));
        assertThat(event.insidePurdah()).isTrue();
        assertThat(event.candidateId().toString()).isEqualTo(candidateId);

        // anything after HELD is out of order
        outcome(id, Map.of("outcome", "DECLINED")).statusCode(409).contentType("application/problem+json");
        outcome(id, held("2026-06-21T14:00:00+01:00", "again")).statusCode(409);
        as("chief-constable").get("/api/offers/" + id).then().statusCode(200).body("status", equalTo("HELD"));
    }

    @Test
    void eq1_aDeclinedOfferIsFinal() {
        String id = offer("VISIT");
        outcome(id, Map.of("outcome", "DECLINED")).statusCode(200).body("status", equalTo("DECLINED"));
        OfferDeclined event = awaitEvent(EventType.OFFER_DECLINED, id);
        assertThat(event.offerId().toString()).isEqualTo(id);
        outcome(id, held("2026-06-20T14:00:00+01:00", "notes")).statusCode(409)
                .body("detail", containsString("DECLINED"));
        outcome(id, Map.of("outcome", "ACCEPTED")).statusCode(409);
    }

    @Test
    void eq1_anOfferMayBeHeldStraightAwayButAcceptedOnlyOnce() {
        String direct = offer("BRIEFING");
        outcome(direct, held(INSIDE_PURDAH, "Held on the spot.")).statusCode(200).body("status", equalTo("HELD"));
        String twice = offer("BRIEFING");
        outcome(twice, Map.of("outcome", "ACCEPTED")).statusCode(200);
        outcome(twice, Map.of("outcome", "ACCEPTED")).statusCode(409);
    }

    @Test
    void int5_anOutcomeNeedsWhatItsKindNeeds() {
        String id = offer("BRIEFING");
        outcome(id, Map.of()).statusCode(400).body("violations.field", hasItem(containsString("outcome")));
        outcome(id, Map.of("outcome", "MAYBE")).statusCode(400).body("violations.field", hasItem("outcome"));
        outcome(id, Map.of("outcome", "EXTENDED")).statusCode(400).body("violations.field", hasItem("outcome"));
        outcome(id, Map.of("outcome", "HELD", "notes", "n")).statusCode(400).body("violations.field", hasItem("heldAt"));
        outcome(id, Map.of("outcome", "HELD", "heldAt", INSIDE_PURDAH)).statusCode(400)
                .body("violations.field", hasItem("notes"));
        outcome(id, held("2026-06-01T10:00:00+01:00", "before it was offered")).statusCode(400)
                .body("violations.field", hasItem("heldAt"));
        outcome(id, Map.of("outcome", "ACCEPTED", "notes", "n")).statusCode(400)
                .body("violations.field", hasItem("notes"));
        outcome(id, Map.of("outcome", "ACCEPTED", "at", "2099-01-01T00:00:00Z")).statusCode(400)
                .body("violations.field", hasItem(endsWith("at")));
        as("spoc").get("/api/offers/" + id).then().statusCode(200).body("status", equalTo("EXTENDED"))
                .body("outcomeAt", nullValue());
    }

    @Test
    void eq1_anUnknownOfferIs404() {
        String unknown = UUID.randomUUID().toString();
        outcome(unknown, Map.of("outcome", "ACCEPTED")).statusCode(404).contentType("application/problem+json");
        as("spoc").get("/api/offers/" + unknown).then().statusCode(404);
    }

    @Test
    void eq1_theOffersOfAnElectionAreListed() {
        String first = offer("BRIEFING");
        String second = offer("VISIT");
        String elsewhere = (String) election("2027-05-06").get("id");
        as("chief-constable").queryParam("electionId", electionId).get("/api/offers").then().statusCode(200)
                .body("id", hasItems(first, second))
                .body("electionId", not(hasItem(elsewhere)));
        as("opcc-staff").queryParam("electionId", elsewhere).get("/api/offers").then().statusCode(200)
                .body("$", empty());
        as("spoc").queryParam("candidateId", candidateId).get("/api/offers").then().statusCode(200)
                .body("id", hasItems(first, second));
    }

    @Test
    void cand4_anOfferToAFormerColleagueCarriesTheCaution() {
        Map<String, Object> former = candidateForm("Fred Former");
        former.put("formerColleague", true);
        String formerId = register(electionId, former).statusCode(201).extract().path("id");
        Map<String, Object> form = form("BRIEFING");
        form.put("candidateId", formerId);
        String id = extend("spoc", form).statusCode(201)
                .body("candidateCaution", containsString("preferential treatment")).extract().path("id");
        as("spoc").queryParam("electionId", electionId).get("/api/offers").then()
                .body("find { it.id == '" + id + "' }.candidateCaution", containsString("preferential treatment"));
        extend("spoc", form("BRIEFING")).statusCode(201).body("candidateCaution", nullValue());
    }

    @Test
    void eq1_rolesForOffers() {
        Fixtures.roleMatrix(List.of("spoc", "opcc-staff"), spec -> spec.body(form("BRIEFING"))
                .post("/api/offers").then());
        Fixtures.roleMatrix(List.of("spoc", "opcc-staff"), spec -> {
            String id = offer("BRIEFING");
            return spec.body(Map.of("outcome", "ACCEPTED")).post("/api/offers/" + id + "/outcome").then();
        });
        String id = offer("VISIT");
        Fixtures.roleMatrix(List.of("spoc", "chief-constable", "opcc-staff"),
                spec -> spec.queryParam("electionId", electionId).get("/api/offers").then());
        Fixtures.roleMatrix(List.of("spoc", "chief-constable", "opcc-staff"),
                spec -> spec.get("/api/offers/" + id).then());
    }
}
