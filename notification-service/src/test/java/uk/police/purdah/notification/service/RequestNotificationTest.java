package uk.police.purdah.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.NotificationSent;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Topic;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.notification.testing.Events;
import uk.police.purdah.notification.testing.Mailbox;
import uk.police.purdah.notification.testing.Mailbox.Delivery;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;

/**
 * Requests (INT-1, INT-4, INT-7): each trigger gives exactly the right mail to exactly the right people, through the
 * real SMTP server of devstack; a replayed event sends nothing new; every mail sent is a {@code notification.sent}.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class RequestNotificationTest {

    static final String SPOC = "spoc@opcc.example";
    static final String CC_OFFICE = "chief-constable-office@police.example";
    static final String CHIEF_EXECUTIVE = "chief-executive@opcc.example";
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-06-01T10:15:00+01:00");

    private final EventStream events = EventStream.shared();

    private RequestReceived logged(UUID election, RequestKind kind, String subject, String... notified) {
        RequestReceived request = Events.received(election, kind, Channel.FORCE_INTRANET, subject, AT, null);
        events.send(request);
        events.send(Events.routed(request, notified));
        return request;
    }

    @Test
    void int1_aRoutedRequestMailsTheSpocAndTheChiefConstablesOfficeOnceEach() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Norfolk"));
        RequestReceived request = logged(election, RequestKind.INFORMATION, "PCSO numbers in Breckland",
                "CHIEF_CONSTABLE_OFFICE");

        Delivery spoc = Mailbox.await(request.requestId(), "REQUEST_ROUTED", 1).get(0);
        Mailbox.await(request.requestId(), "REQUEST_NOTIFIED", 1);

        assertThat(Mailbox.byReason(request.requestId())).isEqualTo(Map.of(
                "REQUEST_NOTIFIED", List.of(CC_OFFICE),
                "REQUEST_ROUTED", List.of(SPOC)));
        assertThat(spoc.subject()).isEqualTo("[Purdah] New candidate request for the register: PCSO numbers in"
                + " Breckland");
        assertThat(spoc.text()).contains("routed to you, the single point of contact (INT-1)")
                .contains("Kind: information").contains("Police area: Norfolk")
                .contains("http://127.0.0.1:8081/register?electionId=" + election);
        assertThat(spoc.html()).contains("<a href=\"http://127.0.0.1:8081/register?electionId=" + election + "\">");
        Mailbox.about(request.requestId()).forEach(d -> assertThat(d.text() + d.html())
                .as("no candidate contact details, no request text").doesNotContain("jo.bloggs")
                .doesNotContain("01632").doesNotContain("High Street")
                .doesNotContain(request.candidateId().toString()));
        Mailbox.about(request.requestId()).forEach(d -> assertThat(d.to()).containsExactly(d.mailbox()));
    }

    @Test
    void int4_aVisitRequestMailsTheChiefConstablesOfficeAndTheChiefExecutiveInOneMail() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Norfolk"));
        RequestReceived request = logged(election, RequestKind.VISIT, "Visit to the control room",
                "CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE");

        List<Delivery> visit = Mailbox.await(request.requestId(), "VISIT_REQUEST", 2);
        Mailbox.await(request.requestId(), "REQUEST_ROUTED", 1);

        assertThat(Mailbox.byReason(request.requestId())).isEqualTo(Map.of(
                "REQUEST_ROUTED", List.of(SPOC),
                "VISIT_REQUEST", List.of(CC_OFFICE, CHIEF_EXECUTIVE)));
        assertThat(visit).allSatisfy(d -> {
            assertThat(d.subject()).isEqualTo("[Purdah] Visit request from a candidate: Visit to the control room");
            assertThat(d.to()).containsExactlyInAnyOrder(CC_OFFICE, CHIEF_EXECUTIVE);
            assertThat(d.text()).contains("(INT-4)").contains("Chief Constable's office and the");
        });
    }

    @Test
    void int7_aPoliceImageryCaseMailsBothOfficesAndTheAreasOwnAddresses() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Suffolk"));
        RequestReceived request = logged(election, RequestKind.POLICE_IMAGERY, "Leaflet with a police car",
                "CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE");

        Mailbox.await(request.requestId(), "POLICE_IMAGERY_CASE", 2);
        Mailbox.await(request.requestId(), "REQUEST_ROUTED", 2);

        // Suffolk names its own SPOC addresses and Chief Executive; its Chief Constable's office is the default's
        assertThat(Mailbox.byReason(request.requestId())).isEqualTo(Map.of(
                "POLICE_IMAGERY_CASE", List.of("ce@suffolk-opcc.example", CC_OFFICE),
                "REQUEST_ROUTED", List.of("foi-unit@suffolk-opcc.example", "spoc-deputy@suffolk-opcc.example")));
        assertThat(Mailbox.about(request.requestId()).stream().filter(d -> d.reason().equals("POLICE_IMAGERY_CASE"))
                .findFirst().orElseThrow().text()).contains("(INT-7)").contains("never permitted");
    }

    @Test
    void replayingAndRedeliveringTheEventsSendsNothingNew() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Norfolk"));
        RequestReceived request = Events.received(election, RequestKind.VISIT, Channel.OPCC, "Visit to HQ", AT, null);
        EventEnvelope received = events.send(request);
        EventEnvelope routed = events.send(Events.routed(request, "CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE"));
        Mailbox.await(request.requestId(), "VISIT_REQUEST", 2);
        Mailbox.await(request.requestId(), "REQUEST_ROUTED", 1);
        Map<String, List<String>> before = Mailbox.byReason(request.requestId());

        // the same events redelivered (same ids), and the routing published again as a new event (a replay)
        events.send(received);
        events.send(routed);
        events.send(Events.routed(request, "CHIEF_CONSTABLE_OFFICE", "CHIEF_EXECUTIVE"));
        // a later request of the same election (same partition, so read after them) shows they were all applied
        RequestReceived marker = logged(election, RequestKind.INFORMATION, "Marker", "CHIEF_CONSTABLE_OFFICE");
        Mailbox.await(marker.requestId(), "REQUEST_NOTIFIED", 1);

        assertThat(Mailbox.byReason(request.requestId())).isEqualTo(before).hasSize(2);
        assertThat(Mailbox.about(request.requestId())).hasSize(3);
    }

    @Test
    void everyMailSentIsANotificationSentEventForTheAuditLedger() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Norfolk"));
        RequestReceived request = logged(election, RequestKind.INFORMATION, "Response times", "CHIEF_CONSTABLE_OFFICE");
        Delivery mail = Mailbox.await(request.requestId(), "REQUEST_ROUTED", 1).get(0);

        var record = events.awaitRecord(Topic.NOTIFICATIONS.topicName(), r -> r.value().contains(
                request.requestId().toString()) && r.value().contains("REQUEST_ROUTED"));
        EventEnvelope event = EventCodec.decode(record.value());
        assertThat(record.key()).isEqualTo(election.toString());
        assertThat(event.type()).isEqualTo("uk.police.purdah.notification.sent");
        assertThat(event.source()).isEqualTo("notification-service");
        NotificationSent sent = (NotificationSent) event.data();
        assertThat(sent.notificationId().toString()).isEqualTo(mail.notificationId());
        assertThat(sent.subjectId()).isEqualTo(request.requestId());
        assertThat(sent.candidateId()).isEqualTo(request.candidateId());
        assertThat(sent.recipientRoles()).containsExactly("SPOC");
        assertThat(sent.recipients()).containsExactly(SPOC);
        assertThat(sent.attempts()).isEqualTo(1);
    }
}
