package uk.police.purdah.audit.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.purdah.audit.model.LedgerEntry;

/**
 * A ledger entry as the auditor reads it (AUD-4): who, what, when, which candidate, whether inside
 * purdah (CAL-3), and the event itself as a JSON object; a dead letter has {@code raw} and
 * {@code deadLetterReason} instead of {@code event}.
 */
public record LedgerEntryView(long sequence, UUID eventId, String kind, String topic, String type, String source,
        UUID electionId, UUID candidateId, String actor, String subject, OffsetDateTime eventTime,
        OffsetDateTime receivedAt, boolean insidePurdah, JsonNode event, String raw, String deadLetterReason) {

    public static LedgerEntryView of(LedgerEntry e, ObjectMapper json) {
        return new LedgerEntryView(e.sequence, e.eventId, e.kind, e.topic, e.type, e.source, e.electionId,
                e.candidateId, e.actor, e.subject, e.eventTime, e.receivedAt, e.insidePurdah, tree(e.event, json),
                e.raw, e.deadLetterReason);
    }

    private static JsonNode tree(String event, ObjectMapper json) {
        if (event == null) {
            return null;
        }
        try {
            return json.readTree(event);
        } catch (JsonProcessingException e) {
            // the column is jsonb, so this cannot happen unless the database is not what it should be
            throw new IllegalStateException("ledger entry holds invalid JSON", e);
        }
    }
}
