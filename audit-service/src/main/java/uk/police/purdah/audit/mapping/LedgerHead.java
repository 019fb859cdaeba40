package uk.police.purdah.audit.mapping;

import java.util.UUID;

import uk.police.purdah.audit.model.LedgerEntry;

/** The newest ledger entry, published so that tampering is visible outside (AUD-3); sequence 0 when empty. */
public record LedgerHead(long sequence, UUID eventId) {

    public static final LedgerHead EMPTY = new LedgerHead(0, null);

    public static LedgerHead of(LedgerEntry entry) {
        return new LedgerHead(entry.sequence, entry.eventId);
    }
}
