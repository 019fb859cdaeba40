package uk.police.purdah.audit.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What an auditor asks of the ledger (AUD-4); a null field does not filter. {@code kind} matches
 * an entry's kind ({@code request.received}, {@code dead-letter}) or its full CloudEvents type;
 * the period is {@code from <= eventTime < to}.
 */
public record LedgerFilter(UUID electionId, UUID candidateId, String actor, String kind, OffsetDateTime from,
        OffsetDateTime to, int limit) {
}
