package uk.police.purdah.audit.mapping;

import java.util.UUID;

import uk.police.purdah.audit.chain.ChainHash;
import uk.police.purdah.audit.model.LedgerEntry;

/**
 * The head of the chain, published so that tampering is visible outside (AUD-3): the newest
 * entry's sequence, event id and hash. Sequence 0, no event id and the genesis hash (64 zeros)
 * when the ledger is empty.
 */
public record LedgerHead(long sequence, UUID eventId, String hash) {

    public static final LedgerHead EMPTY = new LedgerHead(0, null, ChainHash.GENESIS);

    public static LedgerHead of(LedgerEntry entry) {
        return new LedgerHead(entry.sequence, entry.eventId, entry.hash);
    }
}
