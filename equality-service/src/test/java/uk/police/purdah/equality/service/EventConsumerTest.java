package uk.police.purdah.equality.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static uk.police.purdah.testsupport.SampleEvents.candidate;
import static uk.police.purdah.testsupport.SampleEvents.request;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.SampleEvents;
import uk.police.purdah.testsupport.Tokens;

/** Idempotent on the event id, and a poison message does not stop the partition (DESIGN §3, §6). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class EventConsumerTest {

    private static final String DLQ = "purdah.dlq.equality";
    private static final EventStream events = EventStream.shared();

    @Inject
    EntityManager entityManager;

    private UUID electionId;

    @BeforeEach
    void anElection() {
        electionId = UUID.randomUUID();
        events.send(SampleEvents.election(electionId));
    }



    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        EventEnvelope registered = events.send(candidate(electionId, "Ann Able"));
        events.send(registered);
        UUID ann = ((CandidateRegistered) registered.data()).candidateId();
        EventEnvelope received = events.send(request(electionId, ann));
        events.send(received);
        // later events on the same keys and topics: once they show, the replays before them were consumed
        events.send(request(electionId, ann));
        events.send(candidate(electionId, "Zed Last"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> parity()
                .body("candidates.name", contains("Ann Able", "Zed Last"))
                .body("candidates.requests", contains(2, 0)));
        assertThat(processedRows("event_id", registered.id())).isEqualTo(1);
        assertThat(processedRows("event_id", received.id())).isEqualTo(1);
        assertThat(processedRows("election_id", electionId)).as("the election, two candidates, two requests")
                .isEqualTo(5);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterEventsStillFlow() {
        events.sendRaw("purdah.candidates", electionId.toString(), "not json");
        events.send(candidate(electionId, "Ann After"));

        ConsumerRecord<String, String> dead = events.awaitRecord(DLQ,
                r -> electionId.toString().equals(r.key()) && "not json".equals(r.value()));
        assertThat(EventStream.header(dead, "dead-letter-reason")).contains("not JSON");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> parity()
                .body("candidates.name", contains("Ann After")));
    }

    @Test
    void anEventAboutACandidateNeverRegisteredIsDeadLetteredWithTheReason() {
        UUID stranger = UUID.randomUUID();
        EventEnvelope declared = events.send(new CandidateDeclared(electionId, stranger, LocalDate.of(2026, 6, 20)));
        events.send(candidate(electionId, "Ann Known"));

        ConsumerRecord<String, String> dead = events.awaitRecord(DLQ,
                r -> electionId.toString().equals(r.key()) && r.value().contains(declared.id().toString()));
        assertThat(EventStream.header(dead, "dead-letter-reason")).contains(stranger.toString())
                .contains("never registered");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> parity()
                .body("candidates.name", contains("Ann Known")));
        assertThat(processedRows("event_id", declared.id())).as("not applied, so not recorded").isZero();
    }

    private ValidatableResponse parity() {
        return given().auth().oauth2(Tokens.of("spoc")).get("/api/elections/" + electionId + "/parity").then()
                .statusCode(200);
    }

    private long processedRows(String column, UUID value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE " + column + " = :value")
                .setParameter("value", value).getSingleResult()).longValue());
    }
}
