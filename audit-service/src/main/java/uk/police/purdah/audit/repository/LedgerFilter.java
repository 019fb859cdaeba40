package uk.police.purdah.audit.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What an auditor asks of the ledger (AUD-4); a null field does not filter. {@code kind} matches
 * an entry's kind ({@code request.received}, {@code dead-letter}, {@code ledger.read}) or its full
 * CloudEvents type; the period is {@code from <= eventTime < to}; {@code after} is the paging
 * cursor: only entries with a higher sequence. {@code limit} null means all (an export).
 */
public record LedgerFilter(UUID electionId, UUID candidateId, String actor, String kind, OffsetDateTime from,
        OffsetDateTime to, Boolean insidePurdah, Long after, Integer limit) {

    /** Every entry, in ledger order. */
    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, null, null, null, null);
}
