package uk.police.purdah.audit.chain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.RequestReceived;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** Realistic ledger entries (a request.received CloudEvent each), as audit-service's VerificationBench makes them. */
public final class LedgerEntries {

    private LedgerEntries() {
    }

    /** {@code count} entries, chained from the genesis hash, each hashed as the service would. */
    public static LedgerEntry[] chain(int count) {
        LedgerEntry[] entries = new LedgerEntry[count];
        UUID election = new UUID(42, 42);
        OffsetDateTime start = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < count; i++) {
            LedgerEntry e = entry(i + 1L, election, start.plusNanos(i * 1000L), i);
            e.previousHash = previous;
            e.hash = ChainHash.of(e);
            previous = e.hash;
            entries[i] = e;
        }
        return entries;
    }

    public static LedgerEntry entry(long sequence, UUID election, OffsetDateTime time, int i) {
        UUID candidate = new UUID(election.getMostSignificantBits(), i % 7);
        EventEnvelope event = EventEnvelope.wrap(new RequestReceived(election, new UUID(7, i), candidate,
                RequestKind.INFORMATION, Channel.FORCE_INTRANET, "officer-" + (i % 50), time, "PCSO numbers " + i,
                "How many PCSOs serve Breckland, and how many of them work nights?", LocalDate.of(2026, 7, 1), true),
                "intake-service", "officer-" + (i % 50), Clock.fixed(time.toInstant(), ZoneOffset.UTC));
        LedgerEntry e = new LedgerEntry();
        e.sequence = sequence;
        e.eventId = event.id();
        e.kind = "request.received";
        e.topic = "purdah.requests";
        e.kafkaPartition = 0;
        e.kafkaOffset = (long) i;
        e.type = event.type();
        e.source = event.source();
        e.electionId = election;
        e.candidateId = candidate;
        e.actor = event.actor();
        e.subject = event.subject();
        e.eventTime = time.truncatedTo(ChronoUnit.MICROS);
        e.receivedAt = time.truncatedTo(ChronoUnit.MICROS);
        e.insidePurdah = true;
        e.event = EventCodec.encode(event);
        return e;
    }
}
