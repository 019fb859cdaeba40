package uk.police.purdah.audit.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.police.purdah.audit.model.LedgerEntry;

/** The ledger table: appended to once per event id, never updated, never deleted from (AUD-1, AUD-2). */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    private static final String APPEND = """
            INSERT INTO ledger_entry (event_id, kind, topic, kafka_partition, kafka_offset, type, source,
                election_id, candidate_id, actor, subject, event_time, received_at, inside_purdah, event, raw,
                dead_letter_reason)
            VALUES (:eventId, :kind, :topic, :partition, :offset, :type, :source,
                :electionId, :candidateId, :actor, :subject, :eventTime, :receivedAt, :insidePurdah,
                CAST(:event AS jsonb), :raw, :deadLetterReason)
            ON CONFLICT (event_id) DO NOTHING""";

    /**
     * Appends an entry unless one with its event id is already there, so a redelivered event changes
     * nothing. The entry's sequence is ignored: the database assigns it. Returns whether it was new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean append(LedgerEntry entry) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object> insert = getEntityManager().createNativeQuery(APPEND).unwrap(NativeQuery.class);
        // typed binding, so that a null is sent as a null of the column's type
        insert.setParameter("eventId", entry.eventId, UUID.class)
                .setParameter("kind", entry.kind, String.class)
                .setParameter("topic", entry.topic, String.class)
                .setParameter("partition", entry.kafkaPartition, Integer.class)
                .setParameter("offset", entry.kafkaOffset, Long.class)
                .setParameter("type", entry.type, String.class)
                .setParameter("source", entry.source, String.class)
                .setParameter("electionId", entry.electionId, UUID.class)
                .setParameter("candidateId", entry.candidateId, UUID.class)
                .setParameter("actor", entry.actor, String.class)
                .setParameter("subject", entry.subject, String.class)
                .setParameter("eventTime", entry.eventTime, OffsetDateTime.class)
                .setParameter("receivedAt", entry.receivedAt, OffsetDateTime.class)
                .setParameter("insidePurdah", entry.insidePurdah, Boolean.class)
                .setParameter("event", entry.event, String.class)
                .setParameter("raw", entry.raw, String.class)
                .setParameter("deadLetterReason", entry.deadLetterReason, String.class);
        return insert.executeUpdate() == 1;
    }

    /** Entries matching the filter, in ledger order, at most {@code filter.limit()} of them. */
    public List<LedgerEntry> search(LedgerFilter filter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.electionId() != null) {
            query.append(" and electionId = :electionId");
            parameters.and("electionId", filter.electionId());
        }
        if (filter.candidateId() != null) {
            query.append(" and candidateId = :candidateId");
            parameters.and("candidateId", filter.candidateId());
        }
        if (filter.actor() != null) {
            query.append(" and actor = :actor");
            parameters.and("actor", filter.actor());
        }
        if (filter.kind() != null) {
            query.append(" and (kind = :kind or type = :kind)");
            parameters.and("kind", filter.kind());
        }
        if (filter.from() != null) {
            query.append(" and eventTime >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and eventTime < :to");
            parameters.and("to", filter.to());
        }
        return find(query.toString(), Sort.ascending("sequence"), parameters).page(0, filter.limit()).list();
    }

    /** The entry with the highest sequence, if the ledger has any. */
    public Optional<LedgerEntry> head() {
        return find("order by sequence desc").firstResultOptional();
    }
}
