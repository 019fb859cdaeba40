package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.calendar.HolidayScope;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** The calendar endpoints against the real devstack (CAL-1, CAL-2, INT-3, DESIGN §6). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class CalendarResourceTest {

    private static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).get(path).then();
    }

    private static ValidatableResponse addHoliday(String user, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post("/api/calendar/holidays").then();
    }

    /** A weekday of 2027 that no scope lists yet (nor a day added earlier, by this run or one before). */
    private static LocalDate aFreeWeekdayIn2027() {
        List<String> listed = get("spoc", "/api/calendar/holidays?year=2027").statusCode(200).extract().path("date");
        while (true) {
            LocalDate day = LocalDate.of(2027, 2, 1).plusDays(ThreadLocalRandom.current().nextInt(280));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !listed.contains(day.toString())) {
                return day;
            }
        }
    }

    @Test
    void INT_3_anFoiRequestIsDueOnTheTwentiethFoiWorkingDay() {
        get("force-staff", "/api/calendar/foi-due?received=2024-03-28").statusCode(200)
                .body("received", equalTo("2024-03-28"))
                .body("due", equalTo("2024-04-29"))
                .body("workingDays", equalTo(20));
        // a Saturday: day one is still the first working day after it (St Patrick's Day substitute skipped)
        get("opcc-staff", "/api/calendar/foi-due?received=2024-03-16").statusCode(200)
                .body("due", equalTo("2024-04-17"));
    }

    @Test
    void CAL_1_theTimetableOfThe2024Poll() {
        get("returning-officer", "/api/calendar/timetable?poll=2024-05-02").statusCode(200)
                .body("poll", equalTo("2024-05-02"))
                .body("noticeOfElectionBy", equalTo("2024-03-26"))
                .body("nominationsClose", equalTo("2024-04-05T16:00:00+01:00"))
                .body("defaultPurdahStart", equalTo("2024-03-21"));
        get("auditor", "/api/calendar/timetable?poll=2025-01-23").statusCode(200)
                .body("nominationsClose", equalTo("2024-12-23T16:00:00Z"));
    }

    @Test
    void CAL_2_everyStaffRoleReadsTheHolidayTable() {
        for (String role : List.of("spoc", "force-staff", "opcc-staff", "chief-constable", "auditor",
                "returning-officer")) {
            get(role, "/api/calendar/holidays?year=2024").statusCode(200);
        }
        List<Map<String, Object>> days = get("chief-constable", "/api/calendar/holidays?year=2024").statusCode(200)
                .extract().path("");
        assertThat(days).allSatisfy(d -> assertThat((String) d.get("date")).startsWith("2024-"));
        assertThat(days).anySatisfy(d -> {
            assertThat(d).containsEntry("date", "2024-03-29").containsEntry("scope", "ENGLAND_AND_WALES")
                    .containsEntry("source", "GOV_UK");
            assertThat(d.get("countsIn")).isEqualTo(List.of("ELECTION_TIMETABLE", "FOI"));
        });
        assertThat(days).anySatisfy(d -> {
            assertThat(d).containsEntry("date", "2024-03-18").containsEntry("scope", "NORTHERN_IRELAND");
            assertThat(d.get("countsIn")).isEqualTo(List.of("FOI"));
        });
        List<String> all = get("spoc", "/api/calendar/holidays").statusCode(200).extract().path("date");
        assertThat(all).contains("2012-01-02", "2028-12-26");
    }

    @Test
    void CAL_2_theSpocAddsAHolidayInADivisionAndTheFoiCountUsesIt() {
        LocalDate day = aFreeWeekdayIn2027();
        String received = day.minusDays(3).toString();
        String before = get("spoc", "/api/calendar/foi-due?received=" + received).statusCode(200).extract()
                .path("due");

        addHoliday("spoc", Map.of("date", day.toString(), "title", "Extra bank holiday", "scope", "SCOTLAND"))
                .statusCode(201)
                .body("date", equalTo(day.toString()))
                .body("scope", equalTo("SCOTLAND"))
                .body("source", equalTo("SPOC"))
                .body("countsIn", equalTo(List.of("FOI")));

        String after = get("force-staff", "/api/calendar/foi-due?received=" + received).statusCode(200).extract()
                .path("due");
        assertThat(LocalDate.parse(after)).isAfter(LocalDate.parse(before));
        List<String> added = get("auditor", "/api/calendar/holidays?year=2027").statusCode(200).extract()
                .path("findAll { it.source == 'SPOC' }.date");
        assertThat(added).contains(day.toString());

        addHoliday("spoc", Map.of("date", day.toString(), "title", "Twice", "scope", "SCOTLAND"))
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void CAL_2_theSpocAddsADayOfMourningAndTheTimetableUsesIt() {
        LocalDate day = aFreeWeekdayIn2027();
        String poll = day.plusDays(14).toString();
        String before = get("spoc", "/api/calendar/timetable?poll=" + poll).statusCode(200).extract()
                .path("noticeOfElectionBy");
        addHoliday("spoc", Map.of("date", day.toString(), "title", "National day of mourning",
                "scope", HolidayScope.PUBLIC_THANKSGIVING_OR_MOURNING.name()))
                .statusCode(201)
                .body("countsIn", equalTo(List.of("ELECTION_TIMETABLE")));
        String after = get("spoc", "/api/calendar/timetable?poll=" + poll).statusCode(200).extract()
                .path("noticeOfElectionBy");
        assertThat(LocalDate.parse(after)).isBefore(LocalDate.parse(before));
    }

    @Test
    void CAL_2_onlyTheSpocAddsHolidaysAndOnlyStaffRead() {
        Map<String, String> body = Map.of("date", "2027-03-03", "title", "Not allowed", "scope", "SCOTLAND");
        addHoliday("force-staff", body).statusCode(403).contentType("application/problem+json");
        addHoliday("chief-constable", body).statusCode(403);
        given().auth().oauth2(Tokens.withoutRole()).contentType(ContentType.JSON).body(body)
                .post("/api/calendar/holidays").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/calendar/holidays").then().statusCode(401);
        for (String path : List.of("/api/calendar/foi-due?received=2024-03-28",
                "/api/calendar/timetable?poll=2024-05-02", "/api/calendar/holidays?year=2024")) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2("not-a-token").get(path).then().statusCode(401);
            given().auth().oauth2(Tokens.withoutRole()).get(path).then().statusCode(403);
        }
        List<String> added = get("spoc", "/api/calendar/holidays?year=2027").extract().path("title");
        assertThat(added).doesNotContain("Not allowed");
    }

    @Test
    void INT_3_aMissingOrBadReceivedDateIsA400NamingIt() {
        for (String query : List.of("", "?received=", "?received=yesterday", "?received=2024-02-30",
                "?received=28/03/2024")) {
            badParameter("/api/calendar/foi-due" + query, "received");
        }
        badParameter("/api/calendar/foi-due?received=2011-12-30", "received")
                .body("violations[0].message", containsString("2012-01-01 to 2028-12-31"));
        badParameter("/api/calendar/foi-due?received=2028-12-20", "received")
                .body("violations[0].message", containsString("the calendar covers 2012-01-01 to 2028-12-31"));
    }

    @Test
    void CAL_1_aMissingOrBadPollDateIsA400NamingIt() {
        for (String query : List.of("", "?poll=", "?poll=next-may", "?poll=2024-13-01")) {
            badParameter("/api/calendar/timetable" + query, "poll");
        }
        badParameter("/api/calendar/timetable?poll=2030-05-02", "poll")
                .body("violations[0].message", containsString("2012-01-01 to 2028-12-31"));
        badParameter("/api/calendar/timetable?poll=2012-01-19", "poll")
                .body("violations[0].message", containsString("reaches 2011-"));
        badParameter("/api/calendar/holidays?year=twenty", "year");
        badParameter("/api/calendar/holidays?year=2031", "year")
                .body("violations[0].message", containsString("2012 to 2028"));
    }

    @Test
    void CAL_2_aBadHolidayIsA400NamingTheField() {
        badHoliday(Map.of("title", "No date", "scope", "SCOTLAND"), "date");
        badHoliday(Map.of("date", "soon", "title", "Bad date", "scope", "SCOTLAND"), "date");
        badHoliday(Map.of("date", "2027-03-03", "scope", "SCOTLAND"), "title");
        badHoliday(Map.of("date", "2027-03-03", "title", " ", "scope", "SCOTLAND"), "title");
        badHoliday(Map.of("date", "2027-03-03", "title", "No scope"), "scope");
        badHoliday(Map.of("date", "2027-03-03", "title", "Where?", "scope", "FRANCE"), "scope");
        badHoliday(Map.of("date", "2027-03-06", "title", "A Saturday", "scope", "SCOTLAND"), "date")
                .body("violations[0].message", containsString("saturday"));
        badHoliday(Map.of("date", "2031-03-03", "title", "Too late", "scope", "SCOTLAND"), "date")
                .body("violations[0].message", containsString("2012-01-01 to 2028-12-31"));
        List<String> titles = get("spoc", "/api/calendar/holidays").extract().path("title");
        assertThat(titles).doesNotContain("A Saturday", "Too late", "Where?");
    }

    @Test
    void CAL_2_everyCalendarEndpointIsDescribedInOpenApi() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        for (String path : List.of("/api/calendar/foi-due", "/api/calendar/timetable", "/api/calendar/holidays")) {
            assertThat(paths).containsKey(path);
            paths.get(path).forEach((method, operation) -> {
                assertThat(operation.get("summary")).as("%s %s", method, path).isNotNull();
                assertThat(operation.get("tags")).as("%s %s", method, path).isEqualTo(List.of("calendar"));
            });
        }
        assertThat(paths.get("/api/calendar/holidays")).containsKeys("get", "post");
    }

    private static ValidatableResponse badParameter(String path, String parameter) {
        return get("force-staff", path).log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of(parameter)))
                .body(not(containsString("Exception")));
    }

    private static ValidatableResponse badHoliday(Map<String, String> body, String field) {
        return addHoliday("spoc", body).log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString(field)))
                .body(not(containsString("uk.police")));
    }

}
