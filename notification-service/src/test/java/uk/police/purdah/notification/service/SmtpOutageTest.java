package uk.police.purdah.notification.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.notification.testing.Events;
import uk.police.purdah.notification.testing.Mailbox;
import uk.police.purdah.testsupport.DevStackProcess;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/**
 * The SMTP server being down delays mail and loses none: the notification stays pending, retried with back-off
 * (its attempts counted, the error kept), and is delivered once, to each recipient once, when SMTP is back.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class SmtpOutageTest {

    private final EventStream events = EventStream.shared();

    private static JsonPath notification(UUID election, UUID subject, String reason) {
        return given().auth().oauth2(Tokens.of("spoc")).queryParam("electionId", election.toString())
                .queryParam("subjectId", subject.toString()).queryParam("reason", reason)
                .when().get("/api/notifications").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void smtpDownDelaysTheMailWhichIsRetriedAndDeliveredOnceWhenItIsBack() {
        var devstack = DevStackProcess.controllable();
        Assumptions.assumeTrue(devstack.isPresent(), "this test stops SMTP: it needs the devstack it launched");
        UUID election = UUID.randomUUID();
        RequestReceived visit = Events.received(election, RequestKind.VISIT, Channel.FORCE_INTRANET,
                "Visit during the outage", OffsetDateTime.parse("2026-06-01T11:00:00+01:00"), null);
        devstack.get().control("smtp stop", 30);
        try {
            events.send(Events.election(election, "Norfolk"));
            events.send(visit);
            events.send(Events.routed(visit, "CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE"));

            JsonPath pending = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> notification(election, visit.requestId(), "VISIT_REQUEST"),
                            json -> json.getList("$").size() == 1 && json.getInt("[0].attempts") >= 3);
            assertThat(pending.getString("[0].status")).isEqualTo("PENDING");
            assertThat(pending.getString("[0].lastError")).isNotBlank();
            assertThat(pending.getString("[0].nextAttemptAt")).isNotBlank();
            assertThat(Mailbox.about(visit.requestId())).isEmpty();
        } finally {
            devstack.get().control("smtp start", 30);
        }

        Mailbox.await(visit.requestId(), "VISIT_REQUEST", 2);
        Mailbox.await(visit.requestId(), "REQUEST_ROUTED", 1);
        JsonPath sent = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> notification(election, visit.requestId(), "VISIT_REQUEST"),
                        json -> "SENT".equals(json.getString("[0].status")));
        assertThat(sent.getInt("[0].attempts")).isGreaterThanOrEqualTo(4);
        assertThat(sent.getList("[0].recipients")).containsExactly("chief-constable-office@police.example",
                "chief-executive@opcc.example");
        assertThat(Mailbox.byReason(visit.requestId())).isEqualTo(Map.of(
                "REQUEST_ROUTED", List.of("spoc@opcc.example"),
                "VISIT_REQUEST", List.of("chief-constable-office@police.example", "chief-executive@opcc.example")));
    }
}
