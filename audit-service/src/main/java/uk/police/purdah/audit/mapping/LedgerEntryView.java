package uk.police.purdah.audit.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.retention.LedgerRetention;

/**
 * A ledger entry as the auditor reads it (AUD-4): who, what, when, which candidate, whether inside
 * purdah (CAL-3), the event itself as a JSON object (a dead letter has {@code raw} and
 * {@code deadLetterReason} instead; a {@code ledger.read} has what was read, AUD-5), its place in
 * the chain (AUD-1) and the end of its retention (AUD-6).
 */
public record LedgerEntryView(long sequence, UUID eventId, String kind, String topic, String type, String source,
        UUID electionId, UUID candidateId, String actor, String subject, OffsetDateTime eventTime,
        OffsetDateTime receivedAt, boolean insidePurdah, JsonNode event, String raw, String deadLetterReason,
        String previousHash, String hash, OffsetDateTime retainedUntil) {

    public static LedgerEntryView of(LedgerEntry e, ObjectMapper json, LedgerRetention retention) {
        return new LedgerEntryView(e.sequence, e.eventId, e.kind, e.topic, e.type, e.source, e.electionId,
                e.candidateId, e.actor, e.subject, e.eventTime, e.receivedAt, e.insidePurdah, tree(e.event, json),
                e.raw, e.deadLetterReason, e.previousHash, e.hash, retention.retainedUntil(e.receivedAt));
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
