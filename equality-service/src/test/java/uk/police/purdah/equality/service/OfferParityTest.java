package uk.police.purdah.equality.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_1;
import static uk.police.purdah.equality.testing.ParityEvents.REGISTRATION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.equality.testing.Findings;
import uk.police.purdah.equality.testing.ParityEvents;
import uk.police.purdah.events.CalendarDayAdded;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.events.FindingOpened;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.testsupport.DevStackResource;

/** Offer parity in detail (EQ-1, EQ-2, EQ-5, EQ-6), each fact sent as intake would publish it. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class OfferParityTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @Test
    void eq1_aWithdrawnCandidateIsNoLongerOwedButStaysOnRecord() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        UUID cat = e.candidate("Cat Cole", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(3)));
        e.offer(ann, OfferKind.INFORMATION_PACK, null, DAY_1);
        await().atMost(WAIT).untilAsserted(() -> e.findings("?status=open").body("[0].owed.name",
                contains("Bob Baker", "Cat Cole")));

        e.send(new CandidateWithdrawn(e.electionId, cat, LocalDate.of(2026, 6, 2), "stood down"), DAY_1.plusHours(2));
        await().atMost(WAIT).untilAsserted(() -> e.findings("?status=open")
                .body("[0].owed.name", contains("Bob Baker", "Cat Cole"))
                .body("[0].owed.state", contains("OWED", "WITHDRAWN")));

        e.offer(bob, OfferKind.INFORMATION_PACK, null, DAY_1.plusHours(3));
        await().atMost(WAIT).untilAsserted(() -> e.findings("")
                .body("[0].status", equalTo("RESOLVED"))
                .body("[0].resolution", equalTo("OFFER_EXTENDED"))
                .body("[0].owed.state", contains("EXTENDED", "WITHDRAWN"))
                .body("[0].history.change", contains("OPENED", "WITHDRAWN", "EXTENDED", "RESOLVED")));
        e.parity("spoc").body("candidates.find { it.name == 'Cat Cole' }.status", equalTo("WITHDRAWN"));
    }

    @Test
    void eq1_whenTheLastOneOwedWithdrawsTheFindingEndsByThatEvent() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        e.offer(ann, OfferKind.VISIT, null, DAY_1);
        e.send(new CandidateWithdrawn(e.electionId, bob, LocalDate.of(2026, 6, 1), "ill"), DAY_1.plusHours(1));
        await().atMost(WAIT).untilAsserted(() -> e.findings("")
                .body("", hasSize(1))
                .body("[0].status", equalTo("RESOLVED"))
                .body("[0].resolution", equalTo("CANDIDATE_WITHDRAWN")));
    }

    @Test
    void eq1_meetingsAreOwedPerOfficeHolder() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        e.offer(ann, OfferKind.MEETING, "CHIEF_CONSTABLE", DAY_1);
        e.offer(bob, OfferKind.MEETING, "CHIEF_EXECUTIVE", DAY_1.plusHours(1));
        await().atMost(WAIT).untilAsserted(() -> e.findings("?status=open")
                .body("offer.key", contains("MEETING:CHIEF_CONSTABLE", "MEETING:CHIEF_EXECUTIVE"))
                .body("owed.name", contains(java.util.List.of("Bob Baker"), java.util.List.of("Ann Able"))));
        // the same office holder however it is written
        e.offer(bob, OfferKind.MEETING, "Chief Constable", DAY_1.plusHours(2));
        await().atMost(WAIT).untilAsserted(() -> e.findings("?status=open")
                .body("offer.key", contains("MEETING:CHIEF_EXECUTIVE")));
        e.parity("spoc").body("offers.label", contains("Meeting with the Chief Constable",
                "Meeting with the Chief Executive"));
    }

    @Test
    void eq1_theGracePeriodIsSetPerElectionInWorkingDays() {
        ParityEvents e = new ParityEvents(5);
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        // Friday 28 August 2026; Monday 31 August is the summer bank holiday in England and Wales
        e.briefing(ann, OffsetDateTime.parse("2026-08-28T15:00:00+01:00"));
        await().atMost(WAIT).untilAsserted(() -> e.findings("?status=open").body("", hasSize(1)));
        assertThat(Findings.instant(e.findings("?status=open").extract().path("[0].dueBy")))
                .as("5 working days after Friday 28 August: 1, 2, 3, 4 and 7 September")
                .isEqualTo(Instant.parse("2026-09-07T23:00:00Z"));

        // the SPOC shortens it: the open finding follows
        e.send(new ElectionUpdated(e.electionId, "Norfolk", "ENGLAND", LocalDate.of(2026, 7, 16),
                LocalDate.of(2026, 6, 4), null, null, 1), DAY_1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Findings.instant(e.findings("?status=open")
                .extract().path("[0].dueBy"))).as("1 working day after Friday 28 August: Tuesday 1 September").isEqualTo(Instant.parse("2026-09-01T23:00:00Z")));
        e.parity("spoc").body("parityGraceDays", equalTo(1));
    }

    @Test
    void eq1_aDayAddedByTheSpocMovesTheGracePeriod() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        e.briefing(ann, OffsetDateTime.parse("2026-09-14T10:00:00+01:00")); // a Monday
        await().atMost(WAIT).untilAsserted(() -> assertThat(Findings.instant(e.findings("?status=open")
                .extract().path("[0].dueBy"))).isEqualTo(Instant.parse("2026-09-16T23:00:00Z")));

        e.send(new CalendarDayAdded(CalendarDayAdded.ALL_ELECTIONS, LocalDate.of(2026, 9, 15), "A day of mourning",
                "PUBLIC_THANKSGIVING_OR_MOURNING", "spoc"), DAY_1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Findings.instant(e.findings("?status=open")
                .extract().path("[0].dueBy"))).as("Tuesday 15 September no longer counts")
                .isEqualTo(Instant.parse("2026-09-17T23:00:00Z")));
    }

    @Test
    void eq1_anOfferMadeAfterTheGracePeriodIsABreachEvenBeforeTheCheckRuns() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        // the test clock stands at 2 June: these dates are still ahead of it
        e.briefing(ann, OffsetDateTime.parse("2026-07-01T10:00:00+01:00"));
        e.briefing(bob, OffsetDateTime.parse("2026-07-10T10:00:00+01:00"));
        await().atMost(WAIT).untilAsserted(() -> e.findings("")
                .body("[0].status", equalTo("RESOLVED"))
                .body("[0].breached", equalTo(true))
                .body("[0].history.change", contains("OPENED", "BREACHED", "EXTENDED", "RESOLVED")));
    }

    @Test
    void eq2_aCandidateWhoStandsLaterIsOwedEveryOfferAlreadyMade() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(1)));
        e.briefing(ann, DAY_1);
        e.offer(ann, OfferKind.VISIT, null, DAY_1.plusHours(1));
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("offers.key", contains("BRIEFING", "VISIT")));
        e.findings("").body("", hasSize(0)); // nobody else stands yet: nobody is owed

        UUID zed = e.candidate("Zed Zane", DAY_1.plusDays(2));
        await().atMost(WAIT).untilAsserted(() -> e.findings("?status=open&rule=EQ-2")
                .body("offer.key", containsInAnyOrder("BRIEFING", "VISIT"))
                .body("owed.name.flatten()", contains("Zed Zane", "Zed Zane")));
        assertThat(Findings.instant(e.findings("?rule=EQ-2").extract().path("[0].dueBy")))
                .as("counted from Wednesday 3 June, when Zed stood")
                .isEqualTo(Instant.parse("2026-06-05T23:00:00Z"));
        String first = e.findings("?rule=EQ-2").extract().path("[0].id");
        FindingOpened opened = (FindingOpened) Findings.await("finding.opened", e.electionId, UUID.fromString(first))
                .data();
        assertThat(opened.rule()).isEqualTo("EQ-2");
        assertThat(opened.owedCandidates()).containsExactly(zed);
    }

    @Test
    void eq1_aCandidateWhoStoodBeforeTheOfferButReachesTheLedgerAfterItIsOwedFromTheOffer() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(1)));
        e.briefing(ann, DAY_1);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("offers.key", contains("BRIEFING")));
        // the topics are not ordered with each other: Bob's registration, older than the offer, comes in after it
        e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.findings("?status=open")
                .body("", hasSize(1))
                .body("[0].rule", equalTo("EQ-1"))
                .body("[0].owed.name", contains("Bob Baker")));
        assertThat(Findings.instant(e.findings("?status=open").extract().path("[0].dueBy")))
                .as("counted from the offer on Monday 1 June, not from when the ledger saw Bob")
                .isEqualTo(Instant.parse("2026-06-03T23:00:00Z"));
    }

    @Test
    void eq5_statutoryDealingsWithTheIncumbentAreListedButDoNotCount() {
        ParityEvents e = new ParityEvents();
        UUID pcc = e.candidate("Pat Incumbent", IncumbentRole.PCC, REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        e.dealing(pcc, "MEETING", true, DAY_1);
        // a dealing that does count, afterwards: once it shows, the statutory one was applied before it
        e.dealing(bob, "VISIT", false, DAY_1.plusHours(1));
        await().atMost(WAIT).untilAsserted(() -> e.findings("").body("", hasSize(1)));
        e.findings("").body("[0].offer.key", equalTo("VISIT")).body("[0].owed.name", contains("Pat Incumbent"));
        e.parity("returning-officer")
                .body("offers.key", contains("VISIT"))
                .body("candidates.find { it.name == 'Pat Incumbent' }.incumbentRole", equalTo("PCC"))
                .body("candidates.find { it.name == 'Pat Incumbent' }.dealings[0].statutory", equalTo(true))
                .body("candidates.find { it.name == 'Pat Incumbent' }.dealings[0].countsForParity", equalTo(false))
                .body("candidates.find { it.name == 'Bob Baker' }.dealings[0].countsForParity", equalTo(true))
                .body("candidates.find { it.name == 'Bob Baker' }.cells[0].state", equalTo("HELD"));
    }

    @Test
    void eq6_findingsAndTheirHistoryCannotBeDeleted() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        e.candidate("Bob Baker", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(2)));
        e.briefing(ann, DAY_1);
        await().atMost(WAIT).untilAsserted(() -> e.findings("").body("", hasSize(1)));
        for (String table : new String[] {"finding_history", "finding_owed", "finding"}) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("DELETE FROM " + table + " WHERE " + (table.equals("finding") ? "election_id"
                            : "finding_id IN (SELECT id FROM finding WHERE election_id") + " = :election"
                            + (table.equals("finding") ? "" : ")"))
                    .setParameter("election", e.electionId).executeUpdate()))
                    .as(table).hasStackTraceContaining("EQ-6");
        }
        e.findings("").body("", hasSize(1)).body("[0].history", hasSize(1));
    }
}
