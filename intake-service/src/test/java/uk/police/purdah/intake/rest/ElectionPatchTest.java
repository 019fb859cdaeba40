package uk.police.purdah.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.police.purdah.intake.rest.Fixtures.as;
import static uk.police.purdah.intake.rest.Fixtures.awaitEvent;
import static uk.police.purdah.intake.rest.Fixtures.election;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.events.EventType;
import uk.police.purdah.testsupport.DevStackResource;

/** PATCH /api/elections/{id}: a JSON merge patch of an election; a new poll recounts the timetable (CAL-1, EQ-1). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class ElectionPatchTest {

    private static io.restassured.response.ValidatableResponse patch(String id, Object body) {
        return as("spoc").contentType("application/merge-patch+json").body(body).patch("/api/elections/" + id).then();
    }

    @Test
    void eq1_theSpocSetsTheParityGraceDaysAndElectionUpdatedCarriesThem() {
        String id = (String) election("2027-05-06").get("id");
        patch(id, Map.of("parityGraceDays", 5)).statusCode(200)
                .body("parityGraceDays", equalTo(5))
                .body("pollDate", equalTo("2027-05-06"));
        as("auditor").get("/api/elections/" + id).then().statusCode(200).body("parityGraceDays", equalTo(5));

        ElectionUpdated event = awaitEvent(EventType.ELECTION_UPDATED, id);
        assertThat(event.parityGraceDays()).isEqualTo(5);
        assertThat(event.pollDate()).isEqualTo(LocalDate.parse("2027-05-06"));
    }

    @Test
    void cal1_anAbsentFieldIsUnchangedAndNullPutsADefaultBack() {
        Map<String, Object> form = new HashMap<>(Map.of("policeArea", "Norfolk", "nation", "ENGLAND",
                "pollDate", "2024-05-02", "purdahStart", "2024-03-01", "nominationsCloseTime", "12:00",
                "parityGraceDays", 4));
        String id = as("spoc").body(form).post("/api/elections").then().statusCode(201).extract().path("id");

        patch(id, Map.of("policeArea", "Suffolk")).statusCode(200)
                .body("policeArea", equalTo("Suffolk"))
                .body("purdahStart", equalTo("2024-03-01"))
                .body("nominationsClose", equalTo("2024-04-05T12:00:00+01:00"))
                .body("parityGraceDays", equalTo(4));

        Map<String, Object> reset = new HashMap<>();
        reset.put("purdahStart", null);
        reset.put("nominationsCloseTime", null);
        reset.put("parityGraceDays", null);
        patch(id, reset).statusCode(200)
                .body("policeArea", equalTo("Suffolk"))
                .body("purdahStart", equalTo("2024-03-21"))
                .body("nominationsClose", equalTo("2024-04-05T16:00:00+01:00"))
                .body("parityGraceDays", equalTo(2));
    }

    @Test
    void cal1_aNewPollDateRecountsTheTimetableKeepingTheTimeNominationsClose() {
        Map<String, Object> form = Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", "2021-05-06",
                "nominationsCloseTime", "15:00");
        String id = as("spoc").body(form).post("/api/elections").then().statusCode(201)
                .body("purdahStart", equalTo("2021-03-25")).extract().path("id");

        // the 2024 PCC timetable (ElectionCalendarTest): notice by 26 March, nominations close on 5 April
        patch(id, Map.of("pollDate", "2024-05-02")).statusCode(200)
                .body("pollDate", equalTo("2024-05-02"))
                .body("noticeOfElectionBy", equalTo("2024-03-26"))
                .body("nominationsClose", equalTo("2024-04-05T15:00:00+01:00"))
                .body("purdahStart", equalTo("2024-03-21"));

        ElectionUpdated event = awaitEvent(EventType.ELECTION_UPDATED, id);
        assertThat(event.pollDate()).isEqualTo(LocalDate.parse("2024-05-02"));
        assertThat(event.noticeOfElectionBy()).isEqualTo(LocalDate.parse("2024-03-26"));
        assertThat(event.nominationsClose()).isEqualTo(OffsetDateTime.parse("2024-04-05T15:00:00+01:00"));
        assertThat(event.purdahStart()).isEqualTo(LocalDate.parse("2024-03-21"));
    }

    @Test
    void cal1_aPurdahStartTheSpocSetStaysWhenThePollMoves() {
        String id = as("spoc").body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", "2024-05-02",
                "purdahStart", "2024-03-01")).post("/api/elections").then().statusCode(201).extract().path("id");
        patch(id, Map.of("pollDate", "2024-05-09")).statusCode(200)
                .body("purdahStart", equalTo("2024-03-01"))
                .body("pollDate", equalTo("2024-05-09"));
    }

    @Test
    void cal1_badValuesAreA400NamingTheField() {
        String id = (String) election("2027-05-06").get("id");
        patch(id, Map.of("parityGraceDays", 21)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("parityGraceDays"));
        patch(id, Map.of("parityGraceDays", -1)).statusCode(400).body("violations.field", hasItem("parityGraceDays"));
        patch(id, Map.of("parityGraceDays", "two")).statusCode(400)
                .body("violations.field", hasItem("parityGraceDays"));
        patch(id, Map.of("purdahStart", "2027-05-06")).statusCode(400).body("violations.field", hasItem("purdahStart"));
        patch(id, Map.of("purdahStart", "soon")).statusCode(400).body("violations.field", hasItem("purdahStart"));
        patch(id, Map.of("nominationsCloseTime", "4pm")).statusCode(400)
                .body("violations.field", hasItem("nominationsCloseTime"));
        patch(id, Map.of("pollDate", "2031-05-01")).statusCode(400).body("violations.field", hasItem("pollDate"));
        patch(id, Map.of("policeArea", " ")).statusCode(400).body("violations.field", hasItem("policeArea"));
        Map<String, Object> nullPoll = new HashMap<>();
        nullPoll.put("pollDate", null);
        patch(id, nullPoll).statusCode(400).body("violations.field", hasItem("pollDate"));
        patch(id, Map.of("colour", "red")).statusCode(400).body("violations.field", hasItem("colour"));
        patch(id, List.of(1, 2)).statusCode(400).contentType("application/problem+json");
        patch(id, "{not json").statusCode(400).contentType("application/problem+json");
        // nothing was changed by any of them
        as("spoc").get("/api/elections/" + id).then().statusCode(200).body("parityGraceDays", equalTo(2))
                .body("pollDate", equalTo("2027-05-06")).body("policeArea", equalTo("Norfolk"));
    }

    @Test
    void cal1_anUnknownElectionIs404() {
        patch(UUID.randomUUID().toString(), Map.of("parityGraceDays", 3)).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void cal1_onlyTheSpocChangesAnElection() {
        String id = (String) election("2027-05-06").get("id");
        Fixtures.roleMatrix(List.of("spoc"), spec -> spec.contentType("application/merge-patch+json")
                .body(Map.of("parityGraceDays", 3)).patch("/api/elections/" + id).then());
        // plain application/json is accepted too
        as("spoc").body(Map.of("parityGraceDays", 6)).patch("/api/elections/" + id).then().statusCode(200)
                .body("parityGraceDays", equalTo(6));
    }
}
