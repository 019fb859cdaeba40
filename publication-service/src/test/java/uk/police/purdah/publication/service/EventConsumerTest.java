package uk.police.purdah.publication.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/** Idempotent on the event id, and a poison message does not stop the partition (DESIGN §3, §6). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class EventConsumerTest {

    private static final String DLQ = "purdah.dlq.publication";
    private static EventStream events;

    @Inject
    EntityManager entityManager;

    private UUID electionId;

    @BeforeAll
    static void connect() {
        events = new EventStream();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @BeforeEach
    void anElection() {
        electionId = UUID.randomUUID();
    }

    private CandidateRegistered candidate(String name) {
        return new CandidateRegistered(electionId, UUID.randomUUID(), new CandidateIdentity(name, "Example Party",
                "An Agent", "someone@example.org", null, null, null, List.of()), IncumbentRole.NONE, false,
                List.of());
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        EventEnvelope registered = events.send(candidate("Ann Able"));
        events.send(registered);
        UUID ann = ((CandidateRegistered) registered.data()).candidateId();
        EventEnvelope received = events.send(request(ann));
        events.send(received);
        // later events on the same keys and topics: once they show, the replays before them were consumed
        EventEnvelope lastRequest = events.send(request(ann));
        events.send(candidate("Zed Last"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registry()
                .body("name", contains("Ann Able", "Zed Last")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(processedRows("event_id", lastRequest.id())).isEqualTo(1));
        assertThat(processedRows("event_id", registered.id())).isEqualTo(1);
        assertThat(processedRows("event_id", received.id())).isEqualTo(1);
        assertThat(processedRows("election_id", electionId)).as("two candidates, two requests").isEqualTo(4);
    }

    private RequestReceived request(UUID candidateId) {
        return new RequestReceived(electionId, UUID.randomUUID(), candidateId, RequestKind.INFORMATION,
                Channel.EMAIL, "opcc-staff", OffsetDateTime.parse("2026-05-01T09:00:00Z"), "Crime figures",
                "What were they?", null, false);
    }

    @Test
    void aReplayedRegistrationDoesNotBringBackAWithdrawnCandidate() {
        EventEnvelope registered = events.send(candidate("Ann Able"));
        UUID ann = ((CandidateRegistered) registered.data()).candidateId();
        events.send(new CandidateWithdrawn(electionId, ann, LocalDate.of(2026, 6, 1), "stood down"));
        events.send(registered);
        events.send(candidate("Zed Last"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registry()
                .body("name", contains("Ann Able", "Zed Last"))
                .body("status", contains("WITHDRAWN", "PROSPECTIVE")));
        given().get("/api/elections/" + electionId + "/candidates").then().statusCode(200)
                .body("name", contains("Zed Last"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterEventsStillFlow() {
        events.sendRaw("purdah.candidates", electionId.toString(), "not json");
        events.send(candidate("Ann After"));

        ConsumerRecord<String, String> dead = events.awaitRecord(DLQ,
                r -> electionId.toString().equals(r.key()) && "not json".equals(r.value()));
        assertThat(EventStream.header(dead, "dead-letter-reason")).contains("not JSON");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registry()
                .body("name", contains("Ann After")));
    }

    @Test
    void anEventAboutACandidateNeverRegisteredIsDeadLetteredWithTheReason() {
        UUID stranger = UUID.randomUUID();
        EventEnvelope withdrawn = events.send(new CandidateWithdrawn(electionId, stranger, LocalDate.of(2026, 6, 1),
                "never stood"));
        events.send(candidate("Ann Known"));

        ConsumerRecord<String, String> dead = events.awaitRecord(DLQ,
                r -> electionId.toString().equals(r.key()) && r.value().contains(withdrawn.id().toString()));
        assertThat(EventStream.header(dead, "dead-letter-reason")).contains(stranger.toString())
                .contains("never registered");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registry()
                .body("name", contains("Ann Known")));
        assertThat(processedRows("event_id", withdrawn.id())).as("not applied, so not recorded").isZero();
    }

    private ValidatableResponse registry() {
        return given().auth().oauth2(Tokens.of("spoc")).get("/api/registry/" + electionId).then().statusCode(200);
    }

    private long processedRows(String column, UUID value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE " + column + " = :value")
                .setParameter("value", value).getSingleResult()).longValue());
    }
}
