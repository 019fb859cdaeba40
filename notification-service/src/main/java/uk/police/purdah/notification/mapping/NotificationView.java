package uk.police.purdah.notification.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.notification.model.Notification;

/** A notification as the SPOC and the auditor see it: why, to whom, and whether it went. */
public record NotificationView(UUID id, UUID electionId, UUID subjectId, String reason, String rule,
        List<String> recipientRoles, List<String> recipients, String status, int attempts, String lastError,
        String mailSubject, LocalDate dueDate, OffsetDateTime dueBy, OffsetDateTime createdAt,
        OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.electionId, n.subjectId, n.reason.name(), n.reason.rule(), split(
                n.recipientRoles), split(n.recipients), n.status.name(), n.attempts, n.lastError, n.mailSubject,
                n.dueDate, n.dueBy, n.createdAt, n.status == Notification.Status.PENDING ? n.nextAttemptAt : null,
                n.sentAt);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).toList();
    }
}
