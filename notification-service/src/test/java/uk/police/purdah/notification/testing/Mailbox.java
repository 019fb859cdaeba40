package uk.police.purdah.notification.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.police.purdah.testsupport.DevStackProcess;

/** The mail the devstack's real SMTP server received, read from its page ({@code /mail}), by what it is about. */
public final class Mailbox {

    /** One message as one mailbox received it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(String mailbox, List<String> to, String subject, Map<String, String> headers, String text,
            String html) {
        public String reason() {
            return headers.get("X-Purdah-Reason");
        }

        public String notificationId() {
            return headers.get("X-Purdah-Notification");
        }
    }

    private Mailbox() {
    }

    public static List<Delivery> all() {
        return List.of(given().baseUri(DevStackProcess.endpoints().mail()).when().get("/mail").then()
                .statusCode(200).extract().as(Delivery[].class));
    }

    /** Every delivery about this request or finding. */
    public static List<Delivery> about(UUID subjectId) {
        return all().stream().filter(d -> subjectId.toString().equals(d.headers().get("X-Purdah-Subject-Id")))
                .toList();
    }

    /** Waits until the deliveries about a subject for a reason reach these mailboxes, and returns them. */
    public static List<Delivery> await(UUID subjectId, String reason, int mailboxes) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> about(subjectId).stream().filter(d -> reason.equals(d.reason())).toList(),
                        list -> list.size() >= mailboxes);
    }

    /** The mailboxes (sorted) by reason, for one subject: what exactly was sent to whom. */
    public static Map<String, List<String>> byReason(UUID subjectId) {
        return about(subjectId).stream().collect(Collectors.groupingBy(Delivery::reason, java.util.TreeMap::new,
                Collectors.mapping(Delivery::mailbox, Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted().toList()))));
    }
}
