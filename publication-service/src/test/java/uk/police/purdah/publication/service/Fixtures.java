package uk.police.purdah.publication.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.ResponseApproved;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.testsupport.EventStream;
import uk.police.purdah.testsupport.Tokens;

/** An election fed through real Kafka, and the steps from a response to a publication. */
public final class Fixtures {

    public static final EventStream events = EventStream.shared();
    public static final Duration WAIT = Duration.ofSeconds(30);

    public final UUID electionId = UUID.randomUUID();
    public final UUID candidateId = UUID.randomUUID();
    public final UUID incumbentId = UUID.randomUUID();

    /** The Norfolk election of 16 July 2026 (purdah from 4 June), a challenger and the incumbent PCC standing. */
    public Fixtures() {
        events.send(new ElectionScheduled(electionId, "Norfolk", "ENGLAND", LocalDate.of(2026, 7, 16),
                LocalDate.of(2026, 6, 4), null, null, 2));
        events.send(new CandidateRegistered(electionId, candidateId, new CandidateIdentity("Margaret Thornbury",
                "Broadland First Party", "Desmond Okafor", "m.thornbury@example.org", "01632 960123",
                "12 Mill Lane, Dereham", "NR19 1AB", List.of("@mthornbury")), IncumbentRole.NONE, false, List.of()));
        events.send(new CandidateRegistered(electionId, incumbentId, new CandidateIdentity("Gideon Ashcombe",
                "Wensum Independents", null, null, null, null, null, List.of()), IncumbentRole.PCC, false,
                List.of()));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/elections/" + electionId + "/candidates").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.is(2)));
    }

    public static RequestSpecification spoc() {
        return given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON);
    }

    /** A request received and its response approved by intake, on the given London day. */
    public UUID response(String subject, String requestText, String responseText, String day) {
        UUID requestId = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse(day + "T09:47:13+01:00");
        events.send(new RequestReceived(electionId, requestId, candidateId, RequestKind.INFORMATION, Channel.EMAIL,
                "opcc-staff", at, subject, requestText, null, true));
        events.send(new ResponseApproved(electionId, requestId, candidateId, RequestKind.INFORMATION, requestText,
                responseText, at.plusDays(2), "spoc"));
        return requestId;
    }

    /** Waits for the queued item made from a source and returns it as the review API shows it. */
    public JsonPath queued(UUID sourceId) {
        return await().atMost(WAIT).until(() -> {
            JsonPath queue = spoc().get("/api/review?status=PENDING&electionId=" + electionId).then()
                    .statusCode(200).extract().jsonPath();
            return queue.getList("findAll { it.sourceId == '" + sourceId + "' }").isEmpty() ? null
                    : new JsonPath(queue.prettify()).setRootPath("find { it.sourceId == '" + sourceId + "' }");
        }, java.util.Objects::nonNull);
    }

    /** A response taken all the way to the portal: queued, approved, released. Returns its publication id. */
    public String published(String subject, String requestText, String responseText) {
        UUID requestId = response(subject, requestText, responseText, "2026-05-12");
        String id = queued(requestId).getString("id");
        spoc().post("/api/review/" + id + "/approval").then().statusCode(200);
        TestClock.setLondon(TestClock.nowInLondon().plusDays(1).withHour(10).toLocalDateTime().toString());
        try {
            io.quarkus.arc.Arc.container().instance(PublicationWorkflow.class).get().release();
        } finally {
            TestClock.reset();
        }
        return id;
    }
}
