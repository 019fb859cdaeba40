package uk.police.purdah.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.notification.testing.Events;
import uk.police.purdah.notification.testing.Mailbox;
import uk.police.purdah.notification.testing.Mailbox.Delivery;
import uk.police.purdah.notification.testing.TestClock;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;

/**
 * INT-3: an FOI request received on Monday 1 June 2026 is due on Monday 29 June (the 20th FOI working day). The SPOC
 * is told when it is due in 5 working days (Monday 22 June), in 2 (Thursday 25 June) and when it is overdue (Tuesday
 * 30 June), each once, by the daily deadline check run against the test clock; an answered request is not chased.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class FoiDeadlineTest {

    static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-06-01T10:00:00+01:00");
    static final LocalDate DUE = LocalDate.of(2026, 6, 29);

    @Inject
    TestClock clock;
    @Inject
    DeadlineCheck deadlines;

    private final EventStream events = EventStream.shared();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void dayOf(String date) {
        clock.set(Instant.parse(date + "T08:00:00Z"));
        deadlines.run();
    }

    @Test
    void int3_theSpocIsToldAtFiveAndTwoWorkingDaysAndWhenOverdueOnceEach() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Norfolk"));
        RequestReceived foi = Events.received(election, RequestKind.FOI, Channel.EMAIL, "Overtime spending 2025",
                RECEIVED, DUE);
        events.send(foi);
        events.send(Events.routed(foi, "CHIEF_CONSTABLE_OFFICE"));
        RequestReceived answered = Events.received(election, RequestKind.FOI, Channel.EMAIL, "Fleet size", RECEIVED,
                DUE);
        events.send(answered);
        events.send(Events.routed(answered, "CHIEF_CONSTABLE_OFFICE"));
        events.send(new ResponseApproved(election, answered.requestId(), answered.candidateId(), RequestKind.FOI,
                "text", "response", OffsetDateTime.parse("2026-06-10T12:00:00+01:00"), "spoc"));
        RequestReceived marker = Events.received(election, RequestKind.INFORMATION, Channel.EMAIL, "Marker", RECEIVED,
                null);
        events.send(marker);
        events.send(Events.routed(marker));
        Delivery routed = Mailbox.await(foi.requestId(), "REQUEST_ROUTED", 1).get(0);
        assertThat(routed.text()).contains("FOI answer due by Monday 29 June 2026");
        Mailbox.await(marker.requestId(), "REQUEST_ROUTED", 1);

        dayOf("2026-06-19"); // Friday: 6 working days left, nothing yet
        dayOf("2026-06-22"); // Monday: 5 left
        Delivery five = Mailbox.await(foi.requestId(), "FOI_DUE_IN_5", 1).get(0);
        assertThat(five.mailbox()).isEqualTo("spoc@opcc.example");
        assertThat(five.subject()).isEqualTo("[Purdah] FOI request due in 5 working days: Overtime spending 2025");
        assertThat(five.text()).contains("due in 5 working days, on Monday 29 June 2026").contains("(INT-3)");
        dayOf("2026-06-23"); // 4 left: told already

        dayOf("2026-06-25"); // Thursday: 2 left
        Delivery two = Mailbox.await(foi.requestId(), "FOI_DUE_IN_2", 1).get(0);
        assertThat(two.subject()).isEqualTo("[Purdah] FOI request due in 2 working days: Overtime spending 2025");
        dayOf("2026-06-29"); // due today: told already

        dayOf("2026-06-30"); // Tuesday: overdue
        Delivery overdue = Mailbox.await(foi.requestId(), "FOI_OVERDUE", 1).get(0);
        assertThat(overdue.subject()).isEqualTo("[Purdah] FOI request overdue: Overtime spending 2025");
        assertThat(overdue.text()).contains("was due on Monday 29 June 2026 and is overdue (1 working day(s) late)");
        dayOf("2026-07-01");
        dayOf("2026-07-02");

        // exactly once per reason, to the SPOC only; and the answered request was never chased
        assertThat(Mailbox.byReason(foi.requestId())).isEqualTo(Map.of(
                "FOI_DUE_IN_2", List.of("spoc@opcc.example"),
                "FOI_DUE_IN_5", List.of("spoc@opcc.example"),
                "FOI_OVERDUE", List.of("spoc@opcc.example"),
                "REQUEST_NOTIFIED", List.of("chief-constable-office@police.example"),
                "REQUEST_ROUTED", List.of("spoc@opcc.example")));
        assertThat(Mailbox.byReason(answered.requestId())).containsOnlyKeys("REQUEST_NOTIFIED", "REQUEST_ROUTED");
    }
}
