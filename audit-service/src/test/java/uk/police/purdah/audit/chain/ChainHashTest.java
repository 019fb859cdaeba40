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
