package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventType;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** An election carries its statutory timetable (CAL-1) in the register and in its event. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ElectionCalendarTest {

    private static ValidatableResponse schedule(Map<String, Object> form) {
        return given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON).body(form)
                .post("/api/elections").then();
    }

    private static Map<String, Object> form(String pollDate) {
        Map<String, Object> form = new HashMap<>();
        form.put("policeArea", "Norfolk");
        form.put("nation", "ENGLAND");
        form.put("pollDate", pollDate);
        return form;
    }

    @Test
    void CAL_1_schedulingAnElectionComputesItsTimetable() {
        String id = schedule(form("2024-05-02")).statusCode(201)
                .body("purdahStart", equalTo("2024-03-21"))
                .body("noticeOfElectionBy", equalTo("2024-03-26"))
                .body("nominationsClose", equalTo("2024-04-05T16:00:00+01:00"))
                .extract().path("id");
        given().auth().oauth2(Tokens.of("returning-officer")).get("/api/elections/" + id).then().statusCode(200)
                .body("noticeOfElectionBy", equalTo("2024-03-26"))
                .body("nominationsClose", equalTo("2024-04-05T16:00:00+01:00"));

        ConsumerRecord<String, String> record = RequestResourceTest.awaitRecord("purdah.elections", id,
                EventType.ELECTION_SCHEDULED.type());
        ElectionScheduled event = (ElectionScheduled) EventCodec.decode(record.value()).data();
        assertThat(event.noticeOfElectionBy()).isEqualTo(LocalDate.parse("2024-03-26"));
        assertThat(event.nominationsClose()).isEqualTo(OffsetDateTime.parse("2024-04-05T16:00:00+01:00"));
        assertThat(event.purdahStart()).isEqualTo(LocalDate.parse("2024-03-21"));
    }

    @Test
    void CAL_1_theSpocMaySetPurdahStartAndTheTimeNominationsClose() {
        Map<String, Object> form = form("2021-05-06");
        form.put("purdahStart", "2021-03-01");
        form.put("nominationsCloseTime", "12:00");
        schedule(form).statusCode(201)
                .body("purdahStart", equalTo("2021-03-01"))
                .body("noticeOfElectionBy", equalTo("2021-03-29"))
                .body("nominationsClose", equalTo("2021-04-08T12:00:00+01:00"));
    }

    @Test
    void CAL_2_aDayOfMourningAddedBeforeNominationsCloseMovesTheTimetableOfAnElection() {
        // a Thursday poll in 2028, so that its nominations are still open
        LocalDate poll = LocalDate.of(2028, 3, 2).plusWeeks(ThreadLocalRandom.current().nextInt(30));
        Map<String, Object> form = form(poll.toString());
        form.put("nominationsCloseTime", "15:30");
        Map<String, String> scheduled = schedule(form).statusCode(201).extract().path("");
        String id = scheduled.get("id");
        OffsetDateTime close = OffsetDateTime.parse(scheduled.get("nominationsClose"));
        LocalDate notice = LocalDate.parse(scheduled.get("noticeOfElectionBy"));

        // the day nominations were to close is, by construction, an election timetable day until now
        given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("date", close.toLocalDate().toString(), "title", "National day of mourning",
                        "scope", "PUBLIC_THANKSGIVING_OR_MOURNING"))
                .post("/api/calendar/holidays").then().statusCode(201);

        Map<String, String> timetable = given().auth().oauth2(Tokens.of("spoc")).queryParam("poll", poll.toString())
                .get("/api/calendar/timetable").then().statusCode(200).extract().path("");
        OffsetDateTime movedClose = OffsetDateTime.parse(timetable.get("nominationsClose")).withHour(15)
                .withMinute(30);
        Map<String, String> election = given().auth().oauth2(Tokens.of("auditor")).get("/api/elections/" + id)
                .then().statusCode(200).extract().path("");
        assertThat(OffsetDateTime.parse(election.get("nominationsClose"))).isEqualTo(movedClose)
                .isBefore(close);
        assertThat(LocalDate.parse(election.get("noticeOfElectionBy")))
                .isEqualTo(LocalDate.parse(timetable.get("noticeOfElectionBy"))).isBefore(notice);

        ConsumerRecord<String, String> record = RequestResourceTest.awaitRecord("purdah.elections", id,
                EventType.ELECTION_UPDATED.type());
        ElectionUpdated event = (ElectionUpdated) EventCodec.decode(record.value()).data();
        assertThat(event.nominationsClose()).isEqualTo(movedClose);
        assertThat(event.noticeOfElectionBy()).isEqualTo(LocalDate.parse(election.get("noticeOfElectionBy")));
    }

    @Test
    void CAL_1_aPollTheCalendarCannotCountIsA400OnPollDate() {
        schedule(form("2030-05-02")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("pollDate"));
        Map<String, Object> badTime = form("2024-05-02");
        badTime.put("nominationsCloseTime", "4pm");
        schedule(badTime).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("nominationsCloseTime"));
    }
}
