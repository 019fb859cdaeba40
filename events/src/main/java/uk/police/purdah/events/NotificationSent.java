package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code uk.police.purdah.notification.sent}: an e-mail went out to the people a role or a rule says must be told
 * (INT-1, INT-3, INT-4, INT-7, EQ-1). {@code subjectId} is the request or finding it is about, {@code reason} why
 * (e.g. {@code REQUEST_ROUTED}, {@code VISIT_REQUEST}, {@code FOI_DUE_IN_5}, {@code FINDING_BREACHED}); there is at
 * most one per subject and reason. Never addressed to a candidate; carries no candidate contact details.
 */
public record NotificationSent(UUID electionId, UUID notificationId, UUID subjectId, UUID candidateId, String reason,
        List<String> recipientRoles, List<String> recipients, int attempts, OffsetDateTime sentAt)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return notificationId;
    }
}
