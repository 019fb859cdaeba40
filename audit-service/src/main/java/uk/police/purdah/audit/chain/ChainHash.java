package uk.police.purdah.audit.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.erdtman.jcs.JsonCanonicalizer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.purdah.audit.model.LedgerEntry;

/**
 * The hash of a ledger entry (AUD-1): SHA-256, as 64 lower-case hex digits, of the RFC 8785
 * canonical JSON of every field of the entry, its sequence and its previous hash included. The
 * event is hashed as a JSON value, not as text, so the hash does not depend on how PostgreSQL's
 * jsonb orders keys or spaces them. Times are hashed as UTC instants ({@code Instant.toString()})
 * at the microsecond precision PostgreSQL keeps.
 *
 * <p>Speed (issue 10): the canonical form is written directly, in one pass over the event with a
 * streaming parser, keys sorted per object, instead of building a tree, printing it and parsing the
 * print again with {@link JsonCanonicalizer}. Numbers that are not integers within ±2<sup>53</sup>
 * (which RFC 8785 prints in the ECMAScript double form) are left to {@link JsonCanonicalizer}, as is
 * anything that does not parse, so the bytes hashed are always those of the reference form
 * ({@link #reference}); {@code ChainHashTest} checks the two agree.
 */
public final class ChainHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();
    private static final HexFormat HEX = HexFormat.of();
    /** Integers beyond this are printed as doubles by RFC 8785 (ECMAScript numbers). */
    private static final long EXACT = 1L << 53;
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });

    private ChainHash() {
    }

    public static String of(LedgerEntry entry) {
        return HEX.formatHex(SHA_256.get().digest(canonical(entry)));
    }

    /** The bytes that are hashed: the RFC 8785 canonical JSON of the entry, UTF-8. */
    public static byte[] canonical(LedgerEntry entry) {
        StringBuilder out = new StringBuilder(512 + (entry.event == null ? 0 : entry.event.length()));
        try {
            write(entry, out);
        } catch (NotPlain | IOException e) {
            return referenceCanonical(entry);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The reference: the entry as a Jackson tree, printed, then canonicalised by {@link JsonCanonicalizer}. */
    static String reference(LedgerEntry entry) {
        return HEX.formatHex(SHA_256.get().digest(referenceCanonical(entry)));
    }

    private static byte[] referenceCanonical(LedgerEntry entry) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(content(entry))).getEncodedUTF8();
        } catch (IOException e) {
            throw new IllegalArgumentException("entry " + entry.sequence + " cannot be canonicalised: "
                    + e.getMessage(), e);
        }
    }

    /** The fields in RFC 8785 order (UTF-16 code units: "event" before "eventId" before "eventTime"). */
    static final List<String> FIELDS = List.of("actor", "candidateId", "deadLetterReason", "electionId", "event",
            "eventId", "eventTime", "insidePurdah", "kind", "offset", "partition", "previousHash", "raw",
            "receivedAt", "sequence", "source", "subject", "topic", "type");

    private static void write(LedgerEntry e, StringBuilder out) throws IOException {
        out.append('{');
        string(out, "actor", e.actor);
        string(out, "candidateId", text(e.candidateId));
        string(out, "deadLetterReason", e.deadLetterReason);
        string(out, "electionId", text(e.electionId));
        name(out, "event");
        if (e.event == null) {
            out.append("null");
        } else {
            event(e.event, out);
        }
        string(out, "eventId", text(e.eventId));
        string(out, "eventTime", instant(e.eventTime));
        name(out, "insidePurdah");
        out.append(e.insidePurdah);
        string(out, "kind", e.kind);
        number(out, "offset", e.kafkaOffset);
        number(out, "partition", e.kafkaPartition == null ? null : e.kafkaPartition.longValue());
        string(out, "previousHash", e.previousHash);
        string(out, "raw", e.raw);
        string(out, "receivedAt", instant(e.receivedAt));
        number(out, "sequence", e.sequence);
        string(out, "source", e.source);
        string(out, "subject", e.subject);
        string(out, "topic", e.topic);
        string(out, "type", e.type);
        out.append('}');
    }

    /** A member's name and colon, after a comma unless it is the first ("{" just written). */
    private static void name(StringBuilder out, String name) {
        if (out.charAt(out.length() - 1) != '{') {
            out.append(',');
        }
        quote(out, name);
        out.append(':');
    }

    private static void string(StringBuilder out, String name, String value) {
        name(out, name);
        if (value == null) {
            out.append("null");
        } else {
            quote(out, value);
        }
    }

    private static void number(StringBuilder out, String name, Long value) {
        name(out, name);
        if (value == null) {
            out.append("null");
        } else {
            integer(out, value);
        }
    }

    private static void integer(StringBuilder out, long value) {
        if (value > EXACT || value < -EXACT) {
            throw new NotPlain();
        }
        out.append(value);
    }

    /** The event's JSON, canonical: keys sorted in every object, no whitespace, minimal escapes. */
    private static void event(String json, StringBuilder out) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotPlain();
            }
            value(parser, first, out);
        }
    }

    private static void value(JsonParser parser, JsonToken token, StringBuilder out) throws IOException {
        switch (token) {
            case START_OBJECT -> object(parser, out);
            case START_ARRAY -> {
                out.append('[');
                boolean firstItem = true;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == null) {
                        throw new NotPlain();
                    }
                    if (!firstItem) {
                        out.append(',');
                    }
                    firstItem = false;
                    value(parser, t, out);
                }
                out.append(']');
            }
            case VALUE_STRING -> quote(out, parser.getText());
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new NotPlain();
                }
                integer(out, parser.getLongValue());
            }
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> throw new NotPlain(); // floats (ECMAScript form) and anything unusual: the reference path
        }
    }

    /** A member of an object being written: its key and where its {@code "key":value} text lies in the output. */
    private record Member(String key, int start, int end) {
    }

    /**
     * One object: its members are written as they are parsed; if their keys were not already in order (String
     * order is UTF-16 code unit order, as RFC 8785 sorts) or one repeats, their text is then put in order, once.
     */
    private static void object(JsonParser parser, StringBuilder out) throws IOException {
        out.append('{');
        int base = out.length();
        List<Member> members = new ArrayList<>();
        boolean inOrder = true;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw new NotPlain();
            }
            String key = parser.currentName();
            if (!members.isEmpty()) {
                out.append(',');
                inOrder &= members.get(members.size() - 1).key().compareTo(key) < 0;
            }
            int start = out.length();
            quote(out, key);
            out.append(':');
            value(parser, parser.nextToken(), out);
            members.add(new Member(key, start, out.length()));
        }
        if (!inOrder) {
            String written = out.substring(base);
            members.sort((a, b) -> a.key().compareTo(b.key())); // stable: a repeated key keeps its order
            out.setLength(base);
            boolean first = true;
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (i + 1 < members.size() && members.get(i + 1).key().equals(m.key())) {
                    continue; // a repeated key: the last one counts, as in a Jackson tree
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(written, m.start() - base, m.end() - base);
            }
        }
        out.append('}');
    }

    /** An RFC 8785 string: only the quote, the backslash and control characters are escaped. */
    private static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(Character.forDigit(c >> 4, 16))
                        .append(Character.forDigit(c & 0xF, 16));
            }
        }
        if (plain == 0) {
            out.append(s); // nothing escaped: one copy (append of a range copies char by char)
        } else {
            out.append(s, plain, n);
        }
        out.append('"');
    }

    /** Thrown where the fast path would not give the reference bytes: the reference path takes over. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
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
