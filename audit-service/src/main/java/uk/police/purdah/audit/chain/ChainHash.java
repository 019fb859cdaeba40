package uk.police.purdah.audit.chain;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.erdtman.jcs.JsonCanonicalizer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.purdah.audit.model.LedgerEntry;

/**
 * The hash of a ledger entry (AUD-1): SHA-256, as 64 lower-case hex digits, of the RFC 8785
 * canonical JSON of every field of the entry, its sequence and its previous hash included. The
 * event is hashed as a JSON value, not as text, so the hash does not depend on how PostgreSQL's
 * jsonb orders keys or spaces them. Times are hashed as UTC instants ({@code Instant.toString()})
 * at the microsecond precision PostgreSQL keeps.
 */
public final class ChainHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChainHash() {
    }

    public static String of(LedgerEntry entry) {
        try {
            byte[] canonical = new JsonCanonicalizer(JSON.writeValueAsString(content(entry))).getEncodedUTF8();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException e) {
            throw new IllegalArgumentException("entry " + entry.sequence + " cannot be canonicalised: "
                    + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What is hashed: the entry as a JSON object (the order of its fields does not matter). */
    static ObjectNode content(LedgerEntry e) throws JsonProcessingException {
        ObjectNode node = JSON.createObjectNode();
        node.put("sequence", e.sequence);
        node.put("eventId", text(e.eventId));
        node.put("kind", e.kind);
        node.put("topic", e.topic);
        node.put("partition", e.kafkaPartition);
        node.put("offset", e.kafkaOffset);
        node.put("type", e.type);
        node.put("source", e.source);
        node.put("electionId", text(e.electionId));
        node.put("candidateId", text(e.candidateId));
        node.put("actor", e.actor);
        node.put("subject", e.subject);
        node.put("eventTime", instant(e.eventTime));
        node.put("receivedAt", instant(e.receivedAt));
        node.put("insidePurdah", e.insidePurdah);
        node.set("event", e.event == null ? null : JSON.readTree(e.event));
        node.put("raw", e.raw);
        node.put("deadLetterReason", e.deadLetterReason);
        node.put("previousHash", e.previousHash);
        return node;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
