package uk.police.purdah.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.FindingBreached;
import uk.police.purdah.events.FindingOpened;
import uk.police.purdah.events.FindingResolved;
import uk.police.purdah.notification.testing.Mailbox;
import uk.police.purdah.notification.testing.Mailbox.Delivery;
import uk.police.purdah.notification.testing.TestClock;
import uk.police.purdah.notification.testing.Events;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;

/**
 * EQ-1: a briefing offered on Monday 1 June 2026 with 2 working days' grace is owed to all by the end of Wednesday
 * 3 June ({@code dueBy} 00:00 Thursday 4 June). The SPOC is told when the finding opens, on Wednesday that it breaches
 * tomorrow, and when it breaches; each once, whatever is replayed. A finding resolved in time is not chased.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class FindingNotificationTest {

    static final OffsetDateTime DUE_BY = OffsetDateTime.parse("2026-06-04T00:00:00+01:00");
    static final String SPOC = "spoc@opcc.example";

    @Inject
    TestClock clock;
    @Inject
    DeadlineCheck deadlines;

    private final EventStream events = EventStream.shared();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private FindingOpened opened(UUID election) {
        return new FindingOpened(election, UUID.randomUUID(), "EQ-1", "BRIEFING offered to 1 of 3 candidates",
                List.of(UUID.randomUUID(), UUID.randomUUID()), DUE_BY);
    }

    @Test
    void eq1_theSpocIsToldWhenAFindingOpensTheDayBeforeItBreachesAndWhenItBreaches() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Norfolk"));
        FindingOpened finding = opened(election);
        EventEnvelope openedEvent = events.send(finding);

        Delivery opened = Mailbox.await(finding.findingId(), "FINDING_OPENED", 1).get(0);
        assertThat(opened.mailbox()).isEqualTo(SPOC);
        assertThat(opened.subject()).isEqualTo("[Purdah] Parity finding opened (EQ-1)");
        assertThat(opened.text()).contains("BRIEFING offered to 1 of 3 candidates")
                .contains("2 candidates are still owed the offer")
                .contains("breaches at 00:00 on Thursday 4 June 2026");

        clock.set(Instant.parse("2026-06-02T08:00:00Z")); // Tuesday: not yet
        deadlines.run();
        clock.set(Instant.parse("2026-06-03T08:00:00Z")); // Wednesday: breaches tomorrow
        deadlines.run();
        Delivery tomorrow = Mailbox.await(finding.findingId(), "FINDING_DUE_TOMORROW", 1).get(0);
        assertThat(tomorrow.subject()).isEqualTo("[Purdah] Parity finding breaches tomorrow (EQ-1)");
        assertThat(tomorrow.text()).contains("breaches at 00:00 on Thursday 4 June 2026 unless what is owed is offered");
        deadlines.run();

        FindingBreached breach = new FindingBreached(election, finding.findingId(), "EQ-1",
                finding.owedCandidates(), DUE_BY, DUE_BY.plusMinutes(1));
        EventEnvelope breachedEvent = events.send(breach);
        Delivery breached = Mailbox.await(finding.findingId(), "FINDING_BREACHED", 1).get(0);
        assertThat(breached.subject()).isEqualTo("[Purdah] Parity finding breached (EQ-1)");
        assertThat(breached.text()).contains("it is now a breach (EQ-1)");

        // replayed: the same events again, and the breach announced again under a new id
        events.send(openedEvent);
        events.send(breachedEvent);
        events.send(breach);
        FindingOpened marker = opened(election);
        events.send(marker);
        Mailbox.await(marker.findingId(), "FINDING_OPENED", 1);

        assertThat(Mailbox.byReason(finding.findingId())).isEqualTo(Map.of(
                "FINDING_BREACHED", List.of(SPOC),
                "FINDING_DUE_TOMORROW", List.of(SPOC),
                "FINDING_OPENED", List.of(SPOC)));
    }

    @Test
    void eq1_aFindingResolvedInTimeIsNotChased() {
        UUID election = UUID.randomUUID();
        events.send(Events.election(election, "Norfolk"));
        FindingOpened finding = opened(election);
        events.send(finding);
        events.send(new FindingResolved(election, finding.findingId(), "OFFER_EXTENDED", null,
                OffsetDateTime.parse("2026-06-02T10:00:00+01:00")));
        FindingOpened marker = opened(election);
        events.send(marker);
        Mailbox.await(marker.findingId(), "FINDING_OPENED", 1);

        clock.set(Instant.parse("2026-06-03T08:00:00Z"));
        deadlines.run();
        Mailbox.await(marker.findingId(), "FINDING_DUE_TOMORROW", 1);

        assertThat(Mailbox.byReason(finding.findingId())).isEqualTo(Map.of("FINDING_OPENED", List.of(SPOC)));
    }
}
