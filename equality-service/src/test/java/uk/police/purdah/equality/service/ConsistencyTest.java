package uk.police.purdah.equality.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_1;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_2;
import static uk.police.purdah.equality.testing.ParityEvents.REGISTRATION;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.equality.testing.ParityEvents;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;

/** EQ-3: requests of the same kind and purpose decided differently for different candidates. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class ConsistencyTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void eq3_purposesAreComparedInANormalisedForm() {
        assertThat(ConsistencyCheck.purposeKey("  Fact-finding VISIT, to the Control Room. "))
                .isEqualTo(ConsistencyCheck.purposeKey("fact finding visit to the control room"))
                .isEqualTo("fact finding visit to the control room");
        assertThat(ConsistencyCheck.purposeKey("Réunion")).isEqualTo("reunion");
        assertThat(ConsistencyCheck.purposeKey(" -- ")).isNull();
        assertThat(ConsistencyCheck.purposeKey(null)).isNull();
    }

    @Test
    void eq3_onlyADifferentOutcomeForAnotherCandidateOfTheSameKindAndPurposeOpensAFinding() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        UUID cat = e.candidate("Cat Cole", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(3)));

        // not compared: the same candidate decided differently; another kind; no purpose
        UUID a1 = e.request(ann, RequestKind.INFORMATION, DAY_1);
        UUID a2 = e.request(ann, RequestKind.INFORMATION, DAY_1);
        UUID b1 = e.request(bob, RequestKind.FOI, DAY_1);
        UUID c1 = e.request(cat, RequestKind.INFORMATION, DAY_1);
        e.decide(a1, ann, RequestKind.INFORMATION, "the policing budget", Decision.GRANTED, DAY_2);
        e.decide(a2, ann, RequestKind.INFORMATION, "The policing budget!", Decision.REFUSED, DAY_2);
        e.decide(b1, bob, RequestKind.FOI, "the policing budget", Decision.GRANTED, DAY_2);
        e.decide(c1, cat, RequestKind.INFORMATION, null, Decision.GRANTED, DAY_2);
        // compared: Bob answered by a publication (answered, INT-8), Cat refused, the same purpose written differently
        UUID b2 = e.request(bob, RequestKind.INFORMATION, DAY_1);
        UUID c2 = e.request(cat, RequestKind.INFORMATION, DAY_1);
        e.decide(b2, bob, RequestKind.INFORMATION, "Crime figures for Breckland.", Decision.REDIRECTED, DAY_2);
        e.decide(c2, cat, RequestKind.INFORMATION, "crime figures for  Breckland", Decision.REFUSED, DAY_2.plusHours(1));

        await().atMost(WAIT).untilAsserted(() -> e.findings("?rule=EQ-3").body("", hasSize(1)));
        e.findings("?rule=EQ-3")
                .body("[0].status", equalTo("OPEN"))
                .body("[0].owed.name", contains("Cat Cole"))
                .body("[0].requests.requestId", contains(b2.toString(), c2.toString()))
                .body("[0].requests.purpose", contains("Crime figures for Breckland.", "crime figures for  Breckland"));
        e.findings("").body("", hasSize(1));
    }

    @Test
    void eq3_aFurtherDifferingDecisionJoinsTheOpenFinding() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        UUID cat = e.candidate("Cat Cole", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(3)));
        UUID a = e.request(ann, RequestKind.BRIEFING, DAY_1);
        UUID b = e.request(bob, RequestKind.BRIEFING, DAY_1);
        UUID c = e.request(cat, RequestKind.BRIEFING, DAY_1);
        e.decide(a, ann, RequestKind.BRIEFING, "neighbourhood policing", Decision.GRANTED, DAY_2);
        e.decide(b, bob, RequestKind.BRIEFING, "neighbourhood policing", Decision.REFUSED, DAY_2.plusHours(1));
        e.decide(c, cat, RequestKind.BRIEFING, "neighbourhood policing", Decision.REFUSED, DAY_2.plusHours(2));
        await().atMost(WAIT).untilAsserted(() -> e.findings("?rule=EQ-3")
                .body("", hasSize(1))
                .body("[0].requests.requestId", contains(a.toString(), b.toString(), c.toString()))
                .body("[0].owed.name", contains("Bob Baker", "Cat Cole"))
                .body("[0].history.change", contains("OPENED", "REQUEST_ADDED", "CANDIDATE_ADDED")));
    }
}
