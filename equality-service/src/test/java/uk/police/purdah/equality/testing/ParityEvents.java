package uk.police.purdah.equality.testing;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.DealingRecorded;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.OfferExtended;
import uk.police.purdah.events.PurdahEvent;
import uk.police.purdah.events.RequestDecided;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/**
 * Events as intake publishes them, stamped with the time they happened, for one election: the Norfolk poll of
 * 16 July 2026. Day 1 is Monday 1 June 2026 (no bank holiday that week in England and Wales).
 */
public final class ParityEvents {

    public static final OffsetDateTime DAY_1 = OffsetDateTime.parse("2026-06-01T10:00:00+01:00");
    public static final OffsetDateTime DAY_2 = DAY_1.plusDays(1);
    /** Candidates registered before the offers. */
    public static final OffsetDateTime REGISTRATION = OffsetDateTime.parse("2026-05-20T09:00:00+01:00");

    private final EventStream events = EventStream.shared();
    public final UUID electionId = UUID.randomUUID();
    private final List<EventEnvelope> sent = new java.util.ArrayList<>();

    public ParityEvents() {
        this(2);
    }

    public ParityEvents(int graceDays) {
        send(new ElectionScheduled(electionId, "Norfolk", "ENGLAND", LocalDate.of(2026, 7, 16),
                LocalDate.of(2026, 6, 4), null, null, graceDays), REGISTRATION.minusDays(10));
    }

    /** Sends a body in an envelope dated {@code at}, as intake's outbox would have. */
    public EventEnvelope send(PurdahEvent body, OffsetDateTime at) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(),
                EventType.of(body).type(), "intake-service", body.aggregateId().toString(),
                at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), EventEnvelope.CONTENT_TYPE,
                body.electionId(), "spoc", body);
        events.send(envelope);
        sent.add(envelope);
        return envelope;
    }

    /** Everything sent so far, in order (for the replay). */
    public List<EventEnvelope> sent() {
        return List.copyOf(sent);
    }

    public UUID candidate(String name, OffsetDateTime at) {
        return candidate(name, IncumbentRole.NONE, at);
    }

    public UUID candidate(String name, IncumbentRole role, OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        send(new CandidateRegistered(electionId, id, new CandidateIdentity(name, "Example Party", null, null, null,
                null, null, List.of()), role, false, List.of()), at);
        return id;
    }

    public UUID offer(UUID candidateId, OfferKind kind, String officeHolder, OffsetDateTime at) {
        UUID offerId = UUID.randomUUID();
        send(new OfferExtended(electionId, offerId, candidateId, kind, officeHolder, kind + " for candidates", at,
                true), at);
        return offerId;
    }

    public UUID briefing(UUID candidateId, OffsetDateTime at) {
        return offer(candidateId, OfferKind.BRIEFING, null, at);
    }

    public UUID dealing(UUID candidateId, String kind, boolean statutory, OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        send(new DealingRecorded(electionId, id, candidateId, kind, at, "Police HQ, Wymondham",
                "Quarterly performance meeting", statutory ? "STATUTORY" : "CANDIDATE", statutory, "opcc-staff", true),
                at);
        return id;
    }

    public UUID request(UUID candidateId, RequestKind kind, OffsetDateTime receivedAt) {
        UUID id = UUID.randomUUID();
        send(new RequestReceived(electionId, id, candidateId, kind, Channel.EMAIL, "opcc-staff", receivedAt,
                "A request", "Please.", null, true), receivedAt);
        return id;
    }

    public void decide(UUID requestId, UUID candidateId, RequestKind kind, String purpose, Decision decision,
            OffsetDateTime at) {
        send(new RequestDecided(electionId, requestId, candidateId, kind, purpose, decision,
                decision == Decision.REFUSED ? "not reasonable" : null, null, at), at);
    }

    public ValidatableResponse parity(String role) {
        return given().auth().oauth2(Tokens.of(role)).get("/api/elections/" + electionId + "/parity").then()
                .statusCode(200);
    }

    public ValidatableResponse findings(String query) {
        return given().auth().oauth2(Tokens.of("spoc")).get("/api/elections/" + electionId + "/findings" + query)
                .then().statusCode(200);
    }
}
