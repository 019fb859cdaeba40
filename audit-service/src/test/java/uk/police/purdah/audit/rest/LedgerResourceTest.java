package uk.police.purdah.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.RequestRouted;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/** The ledger end to end: real Kafka in, real PostgreSQL underneath, real OIDC tokens (AUD-1, AUD-4, DESIGN §6). */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class LedgerResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaProducer<String, String> producer;

    private UUID electionId;

    @BeforeEach
    void aFreshElection() {
        electionId = UUID.randomUUID();
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    @Test
    void everyEventIsKeptOnceEvenWhenDeliveredTwice() {
        UUID candidate = UUID.randomUUID();
        EventEnvelope first = received(candidate, "officer-1");
        EventEnvelope second = wrap(new RequestRouted(electionId, first.data().aggregateId(), candidate, "SPOC",
                List.of("CHIEF_CONSTABLE")), "officer-1");
        EventEnvelope third = received(candidate, "officer-2");
        String firstJson = EventCodec.encode(first);
        send("purdah.requests", firstJson);
        send("purdah.requests", EventCodec.encode(second));
        send("purdah.requests", firstJson); // redelivered: must change nothing
        send("purdah.requests", EventCodec.encode(third));

        awaitEventIds(third.id().toString());
        List<String> ids = ledger("auditor", Map.of("electionId", electionId)).statusCode(200)
                .extract().path("eventId");
        assertThat(ids).containsExactly(first.id().toString(), second.id().toString(), third.id().toString());

        ledger("spoc", Map.of("electionId", electionId)).statusCode(200)
                .body("[0].eventId", equalTo(first.id().toString()))
                .body("[0].kind", equalTo("request.received"))
                .body("[0].type", equalTo("uk.police.purdah.request.received"))
                .body("[0].topic", equalTo("purdah.requests"))
                .body("[0].source", equalTo("intake-service"))
                .body("[0].electionId", equalTo(electionId.toString()))
                .body("[0].candidateId", equalTo(candidate.toString()))
                .body("[0].actor", equalTo("officer-1"))
                .body("[0].subject", equalTo(first.subject()))
                .body("[0].insidePurdah", equalTo(true))
                .body("[0].eventTime", notNullValue())
                .body("[0].receivedAt", notNullValue())
                .body("[0].event.id", equalTo(first.id().toString()))
                .body("[0].event.data.subject", equalTo("PCSO numbers"))
                .body("[1].kind", equalTo("request.routed"))
                .body("[2].actor", equalTo("officer-2"));
        List<Integer> sequences = ledger("auditor", Map.of("electionId", electionId)).extract().path("sequence");
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndDoesNotStopThePartition() {
        send("purdah.requests", "not json");
        EventEnvelope after = received(UUID.randomUUID(), "officer-1");
        send("purdah.requests", EventCodec.encode(after));

        ConsumerRecord<String, String> dead = awaitRecord("purdah.dlq.audit", electionId.toString());
        assertThat(dead.value()).isEqualTo("not json");
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("not JSON");

        awaitEventIds(after.id().toString());
        // the dead letter comes back from purdah.dlq.audit and is kept as it is, once
        await().atMost(WAIT).untilAsserted(() -> ledger("auditor",
                Map.of("electionId", electionId, "kind", "dead-letter")).statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].topic", equalTo("purdah.dlq.audit"))
                .body("[0].raw", equalTo("not json"))
                .body("[0].deadLetterReason", containsString("not JSON"))
                .body("[0].subject", containsString("purdah.requests/"))
                .body("[0].event", equalTo(null)));
    }

    @Test
    void whatArrivesOnAnotherServicesDeadLetterTopicIsKept() {
        ProducerRecord<String, String> record = new ProducerRecord<>("purdah.dlq.equality", electionId.toString(),
                "{\"half\":");
        record.headers().add("dead-letter-reason", "equality could not read it".getBytes(StandardCharsets.UTF_8));
        send(record);
        await().atMost(WAIT).untilAsserted(() -> ledger("auditor", Map.of("electionId", electionId)).statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].kind", equalTo("dead-letter"))
                .body("[0].topic", equalTo("purdah.dlq.equality"))
                .body("[0].raw", equalTo("{\"half\":"))
                .body("[0].deadLetterReason", equalTo("equality could not read it")));
    }

    @Test
    void anEventTheDatabaseRefusesIsDeadLetteredOnceAndKeptAsADeadLetter() {
        // valid JSON, a valid event, but PostgreSQL jsonb cannot hold \u0000
        EventEnvelope refused = wrap(new RequestReceived(electionId, UUID.randomUUID(), UUID.randomUUID(),
                RequestKind.OTHER, Channel.PHONE, "officer-1", OffsetDateTime.now(), "NUL", "a\u0000b", null, false),
                "officer-1");
        send("purdah.requests", EventCodec.encode(refused));
        EventEnvelope after = received(UUID.randomUUID(), "officer-1");
        send("purdah.requests", EventCodec.encode(after));

        awaitEventIds(after.id().toString());
        await().atMost(WAIT).untilAsserted(() -> ledger("auditor",
                Map.of("electionId", electionId, "kind", "dead-letter")).statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].topic", equalTo("purdah.dlq.audit"))
                .body("[0].raw", containsString(refused.id().toString()))
                .body("[0].deadLetterReason", containsString("the ledger refused it"))
                .body("[0].deadLetterReason", containsString("not kept as an event")));
        // it comes back from purdah.dlq.audit once, and stays there: no loop
        send("purdah.requests", EventCodec.encode(received(UUID.randomUUID(), "officer-1")));
        await().atMost(WAIT).until(() -> ids(Map.of("electionId", electionId)).size() == 3);
        assertThat(ids(Map.of("electionId", electionId, "kind", "dead-letter"))).hasSize(1);
        assertThat(ids(Map.of("electionId", electionId))).doesNotContain(refused.id().toString());
    }

    @Test
    void filtersByCandidateActorKindAndPeriod() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        EventEnvelope aliceAsks = received(alice, "officer-1");
        EventEnvelope bobAsks = received(bob, "officer-2");
        EventEnvelope aliceRouted = wrap(new RequestRouted(electionId, aliceAsks.data().aggregateId(), alice, "SPOC",
                List.of()), "officer-1");
        for (EventEnvelope event : List.of(aliceAsks, bobAsks, aliceRouted)) {
            send("purdah.requests", EventCodec.encode(event));
        }
        awaitEventIds(aliceRouted.id().toString());

        assertThat(ids(Map.of("electionId", electionId, "candidateId", alice)))
                .containsExactly(aliceAsks.id().toString(), aliceRouted.id().toString());
        assertThat(ids(Map.of("electionId", electionId, "actor", "officer-2")))
                .containsExactly(bobAsks.id().toString());
        assertThat(ids(Map.of("electionId", electionId, "kind", "request.routed")))
                .containsExactly(aliceRouted.id().toString());
        assertThat(ids(Map.of("electionId", electionId, "kind", "uk.police.purdah.request.received")))
                .containsExactly(aliceAsks.id().toString(), bobAsks.id().toString());
        assertThat(ids(Map.of("electionId", electionId, "limit", 2)))
                .containsExactly(aliceAsks.id().toString(), bobAsks.id().toString());

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1));
        String hourAgo = now.minusHours(1).toString();
        String inAnHour = now.plusHours(1).toString();
        assertThat(ids(Map.of("electionId", electionId, "from", hourAgo, "to", inAnHour))).hasSize(3);
        assertThat(ids(Map.of("electionId", electionId, "from", inAnHour))).isEmpty();
        assertThat(ids(Map.of("electionId", electionId, "to", hourAgo))).isEmpty();
    }

    @Test
    void badParametersAre400ProblemsNamingThem() {
        ledger("auditor", Map.of("from", "yesterday")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("from"))
                .body("violations.in", hasItem("query"))
                .body(not(containsString("Exception")));
        ledger("auditor", Map.of("candidateId", "bob", "limit", "lots", "to", "2026-05-07")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("candidateId", "limit", "to"));
        ledger("auditor", Map.of("limit", 5001)).statusCode(400)
                .body("violations.field", hasItem("limit"));
        ledger("auditor", Map.of("limit", 0)).statusCode(400)
                .body("violations.field", hasItem("limit"));
        ledger("auditor", Map.of("from", "2026-05-07T00:00:00+01:00", "to", "2026-05-06T00:00:00+01:00"))
                .statusCode(400).body("violations.field", hasItem("to"));
        ledger("auditor", Map.of("limit", 5000)).statusCode(200);
    }

    @Test
    void onlyAuditorsAndTheSpocReadTheLedgerButTheHeadIsPublic() {
        given().get("/api/ledger").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/api/ledger").then().statusCode(401);
        given().auth().oauth2(Tokens.of("force-staff")).get("/api/ledger").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.withoutRole()).get("/api/ledger").then().statusCode(403);
        given().auth().oauth2(Tokens.of("returning-officer")).get("/api/ledger").then().statusCode(403);
        given().auth().oauth2(Tokens.of("auditor")).get("/api/ledger").then().statusCode(200);
        given().auth().oauth2(Tokens.of("spoc")).get("/api/ledger").then().statusCode(200);

        EventEnvelope event = received(UUID.randomUUID(), "officer-1");
        send("purdah.requests", EventCodec.encode(event));
        awaitEventIds(event.id().toString());
        int sequence = ledger("auditor", Map.of("electionId", electionId)).extract().path("[0].sequence");
        given().get("/api/ledger/head").then().statusCode(200)
                .body("sequence", greaterThanOrEqualTo(sequence))
                .body("eventId", notNullValue());
    }

    @Test
    void readinessIsUpAndTheApiIsDescribed() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("ledger"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/ledger/head"))
                .body("paths.'/api/ledger'.get.tags", hasItem("ledger"));
    }

    private EventEnvelope received(UUID candidate, String actor) {
        return wrap(new RequestReceived(electionId, UUID.randomUUID(), candidate, RequestKind.INFORMATION,
                Channel.FORCE_INTRANET, actor, OffsetDateTime.now(), "PCSO numbers",
                "How many PCSOs serve Breckland?", LocalDate.now().plusDays(28), true), actor);
    }

    private static EventEnvelope wrap(PurdahEvent body, String actor) {
        return EventEnvelope.wrap(body, "intake-service", actor, Clock.systemUTC());
    }

    private void send(String topic, String value) {
        send(new ProducerRecord<>(topic, electionId.toString(), value));
    }

    private static void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not send to " + record.topic(), e);
        }
    }

    private static ValidatableResponse ledger(String user, Map<String, ?> query) {
        return given().auth().oauth2(Tokens.of(user)).queryParams(query).get("/api/ledger").then();
    }

    private List<String> ids(Map<String, ?> query) {
        return ledger("auditor", query).log().ifValidationFails().statusCode(200).extract().path("eventId");
    }

    private void awaitEventIds(String eventId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> ids(Map.of("electionId", electionId)).contains(eventId));
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** The first record on the topic with the given key, read from the beginning by a group of its own. */
    private static ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(WAIT).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found.set(record);
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }
}
