package uk.police.purdah.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.police.purdah.audit.model.LedgerEntry;

/** The hash of an entry (AUD-1): RFC 8785 canonical JSON, so the same entry always hashes the same. */
class ChainHashTest {

    @Test
    void AUD_1_theHashIsOfTheCanonicalJsonNotOfHowTheEventWasSpelt() {
        LedgerEntry asSent = entry("{\"b\": 1.0, \"a\": \"caf\\u00e9\", \"c\": [1e2, true, null]}");
        // as PostgreSQL's jsonb gives it back: other key order and spacing, the same value
        LedgerEntry asStored = entry("{\"a\": \"café\", \"b\": 1, \"c\": [100, true, null]}");
        assertThat(ChainHash.of(asSent)).isEqualTo(ChainHash.of(asStored)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void AUD_1_everyFieldAndThePreviousHashAreInTheHash() {
        LedgerEntry entry = entry("{\"a\":1}");
        String hash = ChainHash.of(entry);
        entry.previousHash = "1".repeat(64);
        assertThat(ChainHash.of(entry)).isNotEqualTo(hash);
        entry = entry("{\"a\":1}");
        entry.actor = "mallory";
        assertThat(ChainHash.of(entry)).isNotEqualTo(hash);
        entry = entry("{\"a\":1}");
        entry.sequence = 8L;
        assertThat(ChainHash.of(entry)).isNotEqualTo(hash);
        entry = entry("{\"a\":2}");
        assertThat(ChainHash.of(entry)).isNotEqualTo(hash);
        entry = entry("{\"a\":1}");
        entry.eventTime = entry.eventTime.withOffsetSameInstant(java.time.ZoneOffset.ofHours(1));
        assertThat(ChainHash.of(entry)).as("the same instant at another offset").isEqualTo(hash);
    }

    @Test
    void AUD_1_theCanonicalFormIsRfc8785() throws Exception {
        // RFC 8785 §3.2.2/3.2.3: sorted keys, no whitespace, ES6 numbers, minimal string escapes
        String canonical = new org.erdtman.jcs.JsonCanonicalizer(
                "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
                        + " \"b\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\", \"a\": {}}")
                .getEncodedString();
        assertThat(canonical).isEqualTo("{\"a\":{},\"b\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\","
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27]}");
    }

    @Test
    void AUD_1_theFastCanonicalFormIsByteForByteTheReferenceOne() {
        assertThat(ChainHash.FIELDS).isSorted();
        java.util.Random random = new java.util.Random(10);
        for (int i = 0; i < 2_000; i++) {
            LedgerEntry entry = entry(randomJson(random, 0));
            if (random.nextInt(4) == 0) {
                entry.actor = null;
                entry.kafkaPartition = null;
                entry.kafkaOffset = null;
                entry.eventTime = null;
            }
            entry.raw = random.nextBoolean() ? null : randomString(random);
            entry.subject = randomString(random);
            entry.deadLetterReason = random.nextInt(3) == 0 ? randomString(random) : null;
            entry.sequence = random.nextInt(10) == 0 ? (1L << 53) + random.nextInt(3) : random.nextLong(1L << 40);
            entry.event = random.nextInt(20) == 0 ? null : entry.event;
            assertThat(ChainHash.of(entry)).as(entry.event).isEqualTo(ChainHash.reference(entry));
        }
        for (String odd : new String[] { "{\"a\":1,\"a\":2,\"b\":{\"a\":3,\"a\":{\"z\":1}}}", "[]", "{}", "\"x\"",
                "12345678901234567890", "-0", "[1.5e3, -0.0, 1E-7]", "{\"\u00e9\":1,\"e\":2,\"\ud83d\ude00\":3}",
                "{\"a\":[{\"b\":[[],{}]}]} ", "9007199254740993" }) {
            LedgerEntry entry = entry(odd);
            assertThat(ChainHash.of(entry)).as(odd).isEqualTo(ChainHash.reference(entry));
        }
    }

    private static String randomJson(java.util.Random random, int depth) {
        int pick = depth > 3 ? random.nextInt(5) : random.nextInt(8);
        return switch (pick) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> String.valueOf(random.nextInt(10) == 0 ? random.nextLong() : random.nextInt(2000) - 1000);
            case 3 -> random.nextInt(5) == 0 ? random.nextDouble() * 1000 + "" : random.nextInt(100) + ".0";
            case 4 -> com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(randomString(random))
                    .length == 0 ? "\"\"" : "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder
                            .getInstance().quoteAsString(randomString(random))) + "\"";
            case 5 -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(randomJson(random, depth + 1)).append(i > 1 ? ", " : "");
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{ ");
                for (int i = random.nextInt(6); i > 0; i--) {
                    object.append('"').append(new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
                            .quoteAsString(random.nextInt(4) == 0 ? randomString(random) : "k" + random.nextInt(8))))
                            .append("\": ").append(randomJson(random, depth + 1)).append(i > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
        };
    }

    private static String randomString(java.util.Random random) {
        String alphabet = "aZ 09\"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u00e9\u20ac\u2028\ud83d\ude00'<>&";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static LedgerEntry entry(String event) {
        LedgerEntry entry = new LedgerEntry();
        entry.sequence = 7L;
        entry.eventId = UUID.fromString("0b6f3c1e-5a0e-4b8e-9a57-0c5f3e1d2a11");
        entry.kind = "request.received";
        entry.topic = "purdah.requests";
        entry.kafkaPartition = 0;
        entry.kafkaOffset = 42L;
        entry.actor = "officer-1";
        entry.eventTime = OffsetDateTime.parse("2026-06-10T10:15:00.123456Z");
        entry.receivedAt = OffsetDateTime.parse("2026-06-10T10:15:01Z");
        entry.insidePurdah = true;
        entry.event = event;
        entry.previousHash = ChainHash.GENESIS;
        return entry;
    }
}
