package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/** Elections, candidates, events and the role matrix for the intake tests. */
final class Fixtures {

    /** Every role of DESIGN §2. */
    static final List<String> ROLES = List.of("force-staff", "opcc-staff", "spoc", "chief-constable", "auditor",
            "returning-officer");

    /** A poll the calendar covers whose purdah window and close of nominations are still to come. */
    static final String FUTURE_POLL = "2028-05-04";

    private Fixtures() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** An election scheduled by the SPOC, with its calendar. */
    static Map<String, Object> election(String pollDate) {
        return as("spoc").body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", pollDate))
                .post("/api/elections").then().statusCode(201).extract().path("");
    }

    static Map<String, Object> candidateForm(String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("party", "Example Party");
        return form;
    }

    static ValidatableResponse register(String electionId, Map<String, Object> form) {
        return as("spoc").body(form).post("/api/elections/" + electionId + "/candidates").then();
    }

    static String candidate(String electionId, String name) {
        return register(electionId, candidateForm(name)).statusCode(201).extract().path("id");
    }

    /** The event of a type about an aggregate, read back from its Kafka topic. */
    @SuppressWarnings("unchecked")
    static <T extends PurdahEvent> T awaitEvent(EventType type, String subject) {
        EventEnvelope event = EventCodec.decode(EventStream.shared().awaitRecord(type.topic().topicName(), record -> {
            EventEnvelope candidate = EventCodec.decode(record.value());
            return candidate.type().equals(type.type()) && subject.equals(candidate.subject());
        }).value());
        assertThat(event.data()).isInstanceOf(type.body());
        return (T) event.data();
    }

    /** The whole envelope, for the actor and the key. */
    static EventEnvelope awaitEnvelope(EventType type, String subject) {
        return EventCodec.decode(EventStream.shared().awaitRecord(type.topic().topicName(), record -> {
            EventEnvelope candidate = EventCodec.decode(record.value());
            return candidate.type().equals(type.type()) && subject.equals(candidate.subject());
        }).value());
    }

    /**
     * The role matrix of one endpoint: each allowed role gets a 2xx (the call is made with a fresh body each
     * time), every other role 403, no token 401, a token without a role 403.
     */
    static void roleMatrix(List<String> allowed, Function<RequestSpecification, ValidatableResponse> call) {
        for (String role : ROLES) {
            ValidatableResponse response = call.apply(given().auth().oauth2(Tokens.of(role))
                    .contentType(ContentType.JSON));
            int status = response.extract().statusCode();
            if (allowed.contains(role)) {
                assertThat(status).as(role + " is allowed").isBetween(200, 299);
            } else {
                assertThat(status).as(role + " is not allowed").isEqualTo(403);
            }
        }
        assertThat(call.apply(given().contentType(ContentType.JSON)).extract().statusCode()).as("no token")
                .isEqualTo(401);
        assertThat(call.apply(given().auth().oauth2(Tokens.withoutRole()).contentType(ContentType.JSON)).extract()
                .statusCode()).as("a token without a role").isEqualTo(403);
    }
}
