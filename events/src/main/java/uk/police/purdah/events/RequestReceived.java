package uk.police.purdah.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** {@code uk.police.purdah.request.received}: a candidate's request logged once in the register (INT-1). */
public record RequestReceived(UUID electionId, UUID requestId, UUID candidateId, RequestKind kind, Channel channel,
        String receivedBy, OffsetDateTime receivedAt, String subject, String text, LocalDate foiDueDate,
        boolean insidePurdah) implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return requestId;
    }
}
