package uk.police.purdah.equality.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_1;
import static uk.police.purdah.equality.testing.ParityEvents.DAY_2;
import static uk.police.purdah.equality.testing.ParityEvents.REGISTRATION;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.equality.testing.ParityEvents;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.OfferAccepted;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.EventStream;

/**
 * DESIGN §3, §6: every event consumed again, twice in a row, with the same ids, changes neither the parity
 * report nor the findings (EQ-1..7 are idempotent on the event id).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class ReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void eq7_replayingEveryEventTwiceChangesNeitherParityNorFindings() {
        ParityEvents e = new ParityEvents();
        UUID ann = e.candidate("Ann Able", REGISTRATION);
        UUID bob = e.candidate("Bob Baker", REGISTRATION);
        UUID cat = e.candidate("Cat Cole", IncumbentRole.PCC, REGISTRATION);
        UUID dan = e.candidate("Dan Dale", REGISTRATION);
        await().atMost(WAIT).untilAsserted(() -> e.parity("spoc").body("candidates", hasSize(4)));
        UUID offer = e.briefing(ann, DAY_1);
        e.send(new OfferAccepted(e.electionId, offer, ann, DAY_1.plusHours(1)), DAY_1.plusHours(1));
        e.briefing(bob, DAY_2);
        e.offer(cat, OfferKind.MEETING, "CHIEF_CONSTABLE", DAY_2);
        e.dealing(cat, "MEETING", true, DAY_2);
        e.dealing(dan, "VISIT", false, DAY_2);
        e.send(new CandidateWithdrawn(e.electionId, dan, LocalDate.of(2026, 6, 3), "stood down"), DAY_2.plusDays(1));
        UUID r1 = e.request(ann, RequestKind.VISIT, DAY_1);
        UUID r2 = e.request(bob, RequestKind.VISIT, DAY_1);
        e.decide(r1, ann, RequestKind.VISIT, "fact finding", Decision.GRANTED, DAY_2);
        e.decide(r2, bob, RequestKind.VISIT, "fact finding", Decision.REFUSED, DAY_2);
        e.candidate("Eve Evans", DAY_2.plusDays(2));
        await().atMost(WAIT).untilAsserted(() -> {
            e.findings("?rule=EQ-3").body("", hasSize(1));
            e.findings("?rule=EQ-2").body("", hasSize(3));
        });
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true); // let the last events settle
        Map<String, Object> parity = comparable(e.parity("auditor").extract().as(Map.class));
        List<Map<String, Object>> findings = comparable(e.findings("").extract().as(List.class));
        assertThat(findings).hasSize(7); // EQ-1 briefing, EQ-1 meeting, EQ-1 visit, EQ-3, EQ-2 × 3 for Eve

        for (int round = 1; round <= 2; round++) {
            for (EventEnvelope event : e.sent()) {
                EventStream.shared().send(event);
            }
            // fresh events after the replay on the candidates, requests and engagements topics, same key:
            // once they show, everything replayed before them was consumed
            UUID marker = e.candidate("Marker " + round, DAY_2.plusDays(10));
            e.request(marker, RequestKind.OTHER, DAY_2.plusDays(10));
            e.dealing(marker, "CALL", false, DAY_2.plusDays(10));
            await().atMost(WAIT).untilAsserted(() -> e.parity("spoc")
                    .body("candidates.find { it.candidateId == '" + marker + "' }.requests", equalTo(1))
                    .body("candidates.find { it.candidateId == '" + marker + "' }.dealings", hasSize(1)));
            assertThat(comparable(e.parity("auditor").extract().as(Map.class))).as("parity after replay " + round)
                    .isEqualTo(parity);
            assertThat(comparable(e.findings("").extract().as(List.class))).as("findings after replay " + round)
                    .isEqualTo(findings);
        }
    }

    /** The report without the time it was generated and without the markers (and the counts they change). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> comparable(Map<String, Object> view) {
        Map<String, Object> copy = new LinkedHashMap<>(view);
        copy.remove("generatedAt");
        copy.remove("openFindings");
        copy.remove("breachedFindings");
        copy.put("candidates", ((List<Map<String, Object>>) view.get("candidates")).stream()
                .filter(row -> !String.valueOf(row.get("name")).startsWith("Marker ")).toList());
        return copy;
    }

    /** The findings but the markers' own (EQ-2: they stood after the offers). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> findings) {
        return findings.stream().filter(f -> ((List<Map<String, Object>>) f.get("owed")).stream()
                .noneMatch(o -> String.valueOf(o.get("name")).startsWith("Marker "))).toList();
    }
}
