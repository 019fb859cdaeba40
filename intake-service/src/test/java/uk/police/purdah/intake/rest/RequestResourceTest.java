package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** The request register end to end against real PostgreSQL, Kafka and OIDC (INT-1, INT-9, INT-10, DESIGN §6). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class RequestResourceTest {

    private String electionId;
    private String candidateId;

    @BeforeEach
    void anElectionWithACandidate() {
        electionId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", "2026-07-16"))
                .post("/api/elections").then().statusCode(201)
                .body("purdahStart", equalTo("2026-06-04")).extract().path("id");
        candidateId = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body(Map.of("name", "Jane Example", "party", "Example Party"))
                .post("/api/elections/" + electionId + "/candidates").then().statusCode(201)
                .body("status", equalTo("PROSPECTIVE")).extract().path("id");
    }

    private Map<String, Object> form(String subject) {
        return Map.of("electionId", electionId, "candidateId", candidateId, "kind", "INFORMATION",
                "channel", "FORCE_INTRANET", "subject", subject, "text", "How many PCSOs serve Breckland?",
                "receivedAt", "2026-06-10T10:15:00+01:00");
    }

    private ValidatableResponse submit(String user, String key, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/requests").then();
    }

    @Test
    void aRequestIsLoggedRoutedAndAcknowledged() {
        submit("force-staff", UUID.randomUUID().toString(), form("PCSO numbers"))
                .statusCode(201)
                .body("receivedBy", equalTo("force-staff"))
                .body("insidePurdah", equalTo(true))
                .body("routing.routedTo", equalTo("SPOC"))
                .body("routing.notified", hasItem("CHIEF_CONSTABLE_OFFICE"))
                .body("acknowledgement", containsString("will be published"));
    }

    @Test
    void theSameFormSentTwiceMakesOneRequest() {
        String key = UUID.randomUUID().toString();
        String first = submit("force-staff", key, form("Sent twice")).statusCode(201).extract().path("id");
        String second = submit("force-staff", key, form("Sent twice")).statusCode(200).extract().path("id");
        assertThat(second).isEqualTo(first);
        submit("force-staff", key, form("Something else")).statusCode(409)
                .contentType("application/problem+json");
        List<String> ids = given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", electionId)
                .get("/api/requests").then().statusCode(200).extract().path("items.id");
        assertThat(ids).containsOnlyOnce(first);
    }

    @Test
    void theReceivedEventReachesKafkaKeyedByElectionAsACloudEvent() {
        String requestId = submit("opcc-staff", UUID.randomUUID().toString(), form("To Kafka")).statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> record = awaitRecord("purdah.requests", requestId,
                EventType.REQUEST_RECEIVED.type());
        assertThat(record.key()).isEqualTo(electionId);
        assertThat(new String(record.headers().lastHeader("content-type").value()))
                .isEqualTo("application/cloudevents+json");
        EventEnvelope event = EventCodec.decode(record.value());
        assertThat(event.source()).isEqualTo("intake-service");
        assertThat(event.actor()).isEqualTo("opcc-staff");
        assertThat(((RequestReceived) event.data()).subject()).isEqualTo("To Kafka");
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        Map<String, Object> missingKind = new java.util.HashMap<>(form("No kind"));
        missingKind.remove("kind");
        submit("force-staff", UUID.randomUUID().toString(), missingKind).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("kind")))
                .body(not(containsString("Exception")));

        Map<String, Object> wrongKind = new java.util.HashMap<>(form("Bad kind"));
        wrongKind.put("kind", "BRIBE");
        submit("force-staff", UUID.randomUUID().toString(), wrongKind).log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("kind"))
                .body(not(containsString("uk.police")));

        Map<String, Object> wrongDate = new java.util.HashMap<>(form("Bad date"));
        wrongDate.put("receivedAt", "yesterday");
        submit("force-staff", UUID.randomUUID().toString(), wrongDate).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("receivedAt"));

        Map<String, Object> unknownCandidate = new java.util.HashMap<>(form("Who?"));
        unknownCandidate.put("candidateId", UUID.randomUUID().toString());
        submit("force-staff", UUID.randomUUID().toString(), unknownCandidate).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("candidateId"));

        submit("force-staff", UUID.randomUUID().toString(), "{not json").statusCode(400)
                .contentType("application/problem+json");

        given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", "not-a-uuid").queryParam("kind", "BRIBE")
                .get("/api/requests").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("electionId")).body("violations.field", hasItem("kind"));

        given().auth().oauth2(Tokens.of("force-staff")).contentType(ContentType.JSON).body(form("No key"))
                .post("/api/requests").then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body(form("Anonymous"))
                .post("/api/requests").then().statusCode(401);
        submit("auditor", UUID.randomUUID().toString(), form("Auditor")).statusCode(403);
        given().auth().oauth2(Tokens.withoutRole()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(form("Nobody"))
                .post("/api/requests").then().statusCode(403);
        given().auth().oauth2(Tokens.of("returning-officer")).get("/api/requests").then().statusCode(403);
        given().auth().oauth2(Tokens.of("force-staff")).contentType(ContentType.JSON)
                .body(Map.of("policeArea", "Norfolk", "nation", "ENGLAND", "pollDate", "2026-07-16"))
                .post("/api/elections").then().statusCode(403);
        given().auth().oauth2("not-a-token").get("/api/requests").then().statusCode(401);
    }

    @Test
    void aSubmitterSeesOnlyWhatTheyLogged() {
        String mine = submit("force-staff", UUID.randomUUID().toString(), form("Mine")).statusCode(201)
                .extract().path("id");
        List<String> seenByOpcc = given().auth().oauth2(Tokens.of("opcc-staff")).get("/api/requests").then()
                .statusCode(200).extract().path("items.id");
        assertThat(seenByOpcc).doesNotContain(mine);
        given().auth().oauth2(Tokens.of("opcc-staff")).get("/api/requests/" + mine).then().statusCode(404);
        given().auth().oauth2(Tokens.of("force-staff")).get("/api/requests/" + mine).then().statusCode(200);
        given().auth().oauth2(Tokens.of("chief-constable")).get("/api/requests/" + mine).then().statusCode(200);
    }

    static ConsumerRecord<String, String> awaitRecord(String topic, String subject, String type) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope event = EventCodec.decode(record.value());
                    seen.add(event.type());
                    if (event.subject().equals(subject) && event.type().equals(type)) {
                        return record;
                    }
                }
            }
            throw new AssertionError("no " + type + " for " + subject + " on " + topic + "; saw " + seen.size());
        }
    }
}
