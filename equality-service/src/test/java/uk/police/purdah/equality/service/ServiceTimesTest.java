package uk.police.purdah.equality.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_1;
import static uk.police.purdah.equality.testing.ParityEvents.REGISTRATION;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.equality.testing.ParityEvents;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;

/** EQ-4: a candidate answered consistently much more slowly than the others (median, thresholds configured). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class ServiceTimesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void eq4_theMedianIsNotMovedByOneSlowRequest() {
        assertThat(ServiceTimes.median(List.of(2.0, 3.0, 500.0))).isEqualTo(3.0);
        assertThat(ServiceTimes.median(List.of(2.0, 4.0))).isEqualTo(3.0);
        assertThat(ServiceTimes.median(List.of())).isNaN();
    }

    @Test
    void eq4_aCandidateConsistentlyAnsweredMuchMoreSlowlyIsAFinding() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        UUID cat = e.candidate("Cat Cole", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(3)));
        List<UUID> quickRequests = new java.util.ArrayList<>();
        // Bob and Cat: decided within 2 or 3 hours; one slow request of Bob's does not make him slow
        for (UUID quick : List.of(bob, cat)) {
            quickRequests.add(decided(e, quick, 2));
            quickRequests.add(decided(e, quick, 2));
            quickRequests.add(decided(e, quick, quick.equals(bob) ? 200 : 3));
        }
        // Ann: two requests decided after four days are not enough to say "consistently" (min-requests 3)
        List<UUID> annRequests = new java.util.ArrayList<>();
        annRequests.add(decided(e, ann, 96));
        annRequests.add(decided(e, ann, 96));
        e.request(cat, RequestKind.OTHER, DAY_1); // on the same topic and key: once counted, the decisions were applied
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates.requests", contains(2, 3, 4)));
        e.findings("?rule=EQ-4").body("", hasSize(0));

        annRequests.add(decided(e, ann, 90));
        await().atMost(WAIT).untilAsserted(() -> e.findings("?rule=EQ-4").body("", hasSize(1)));
        e.findings("?rule=EQ-4")
                .body("[0].serviceTime.name", equalTo("Ann Able"))
                .body("[0].serviceTime.measure", equalTo("DECISION"))
                .body("[0].serviceTime.candidateMedianHours", equalTo(96.0f))
                .body("[0].serviceTime.othersMedianHours", equalTo(2.0f))
                .body("[0].serviceTime.sampleSize", equalTo(3))
                .body("[0].owed.name", contains("Ann Able"));
        e.parity("spoc").body("candidates.medianHoursToDecision", contains(96.0f, 2.0f, 2.0f));

        // the time to the approved response is measured as well: Ann's responses come after a week
        for (UUID request : quickRequests) {
            UUID candidate = quickRequests.indexOf(request) < 3 ? bob : cat;
            respond(e, request, candidate, DAY_1.plusHours(5));
        }
        for (UUID request : annRequests) {
            respond(e, request, ann, DAY_1.plusDays(7));
        }
        await().atMost(WAIT).untilAsserted(() -> e.findings("?rule=EQ-4&status=open")
                .body("serviceTime.measure", contains("DECISION", "RESPONSE"))
                .body("[1].serviceTime.candidateMedianHours", equalTo(168.0f))
                .body("[1].serviceTime.othersMedianHours", equalTo(5.0f)));
    }

    private static void respond(ParityEvents e, UUID request, UUID candidate, OffsetDateTime at) {
        e.send(new ResponseApproved(e.electionId, request, candidate, RequestKind.INFORMATION, "q", "a", at, "spoc"), at);
    }

    private static UUID decided(ParityEvents e, UUID candidate, int hours) {
        OffsetDateTime received = DAY_1;
        UUID request = e.request(candidate, RequestKind.INFORMATION, received);
        e.decide(request, candidate, RequestKind.INFORMATION, null, Decision.GRANTED, received.plusHours(hours));
        return request;
    }
}
