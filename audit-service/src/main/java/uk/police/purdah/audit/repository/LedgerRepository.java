package uk.police.purdah.audit.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import uk.police.purdah.audit.model.LedgerEntry;

/**
 * The ledger table: appended to, never updated, never deleted from (AUD-1, AUD-2). Reads go
 * through JDBC with a fetch size, so that a walk or an export of the whole ledger holds one batch
 * of rows at a time, never the ledger (AUD-3, AUD-4).
 */
@ApplicationScoped
public class LedgerRepository {

    /** Rows fetched per round trip when streaming. */
    static final int FETCH_SIZE = 500;

    private static final String COLUMNS = """
            sequence, event_id, kind, topic, kafka_partition, kafka_offset, type, source, election_id, candidate_id,
            actor, subject, event_time, received_at, inside_purdah, event::text AS event, raw, dead_letter_reason,
            previous_hash, hash""";

    private static final String INSERT = """
            INSERT INTO ledger_entry (sequence, event_id, kind, topic, kafka_partition, kafka_offset, type, source,
                election_id, candidate_id, actor, subject, event_time, received_at, inside_purdah, event, raw,
                dead_letter_reason, previous_hash, hash)
            VALUES (:sequence, :eventId, :kind, :topic, :partition, :offset, :type, :source,
                :electionId, :candidateId, :actor, :subject, :eventTime, :receivedAt, :insidePurdah,
                CAST(:event AS jsonb), :raw, :deadLetterReason, :previousHash, :hash)""";

    private final EntityManager em;

    public LedgerRepository(EntityManager em) {
        this.em = em;
    }

    /** Waits for the lock that serialises appends; it is released when the transaction ends (AUD-1). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForAppend(long key) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").setParameter("key", key).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean contains(UUID eventId) {
        return !em.createNativeQuery("SELECT 1 FROM ledger_entry WHERE event_id = :id")
                .setParameter("id", eventId).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long nextSequence() {
        return ((Number) em.createNativeQuery("SELECT nextval('ledger_entry_sequence_seq')").getSingleResult())
                .longValue();
    }

    /** Inserts a complete entry, sequence and hashes included. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(LedgerEntry entry) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object> insert = em.createNativeQuery(INSERT).unwrap(NativeQuery.class);
        // typed binding, so that a null is sent as a null of the column's type
        insert.setParameter("sequence", entry.sequence, Long.class)
                .setParameter("eventId", entry.eventId, UUID.class)
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
                .setParameter("deadLetterReason", entry.deadLetterReason, String.class)
                .setParameter("previousHash", entry.previousHash, String.class)
                .setParameter("hash", entry.hash, String.class);
        insert.executeUpdate();
    }

    /** The entry with the highest sequence, if the ledger has any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LedgerEntry> head() {
        List<LedgerEntry> head = new ArrayList<>(1);
        stream(new LedgerFilter(null, null, null, null, null, null, null, null, 1), true, head::add);
        return head.stream().findFirst();
    }

    /** Entries matching the filter, in ledger order, at most {@code filter.limit()} of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LedgerEntry> search(LedgerFilter filter) {
        List<LedgerEntry> entries = new ArrayList<>();
        stream(filter, false, entries::add);
        return entries;
    }

    /**
     * Hands each entry matching the filter, in ledger order, to {@code sink}, fetching
     * {@value #FETCH_SIZE} rows at a time (PostgreSQL keeps a cursor open because the transaction
     * is); nothing is kept here once handed over.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stream(LedgerFilter filter, Consumer<LedgerEntry> sink) {
        stream(filter, false, sink);
    }

    private void stream(LedgerFilter filter, boolean newestFirst, Consumer<LedgerEntry> sink) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ledger_entry WHERE true");
        condition(sql, parameters, " AND election_id = ?", filter.electionId());
        condition(sql, parameters, " AND candidate_id = ?", filter.candidateId());
        condition(sql, parameters, " AND actor = ?", filter.actor());
        if (filter.kind() != null) {
            sql.append(" AND (kind = ? OR type = ?)");
            parameters.add(filter.kind());
            parameters.add(filter.kind());
        }
        condition(sql, parameters, " AND event_time >= ?", filter.from());
        condition(sql, parameters, " AND event_time < ?", filter.to());
        condition(sql, parameters, " AND inside_purdah = ?", filter.insidePurdah());
        condition(sql, parameters, " AND sequence > ?", filter.after());
        sql.append(newestFirst ? " ORDER BY sequence DESC" : " ORDER BY sequence");
        if (filter.limit() != null) {
            sql.append(" LIMIT ?");
            parameters.add(filter.limit());
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(entry(rows));
                    }
                }
            }
        });
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            parameters.add(value);
        }
    }

    /** One row of {@code SELECT <all columns, event as text>} as an entry, not managed by Hibernate. */
    public static LedgerEntry entry(ResultSet row) throws SQLException {
        LedgerEntry e = new LedgerEntry();
        e.sequence = row.getLong("sequence");
        e.eventId = row.getObject("event_id", UUID.class);
        e.kind = row.getString("kind");
        e.topic = row.getString("topic");
        e.kafkaPartition = row.getObject("kafka_partition", Integer.class);
        e.kafkaOffset = row.getObject("kafka_offset", Long.class);
        e.type = row.getString("type");
        e.source = row.getString("source");
        e.electionId = row.getObject("election_id", UUID.class);
        e.candidateId = row.getObject("candidate_id", UUID.class);
        e.actor = row.getString("actor");
        e.subject = row.getString("subject");
        e.eventTime = row.getObject("event_time", OffsetDateTime.class);
        e.receivedAt = row.getObject("received_at", OffsetDateTime.class);
        e.insidePurdah = row.getBoolean("inside_purdah");
        e.event = row.getString("event");
        e.raw = row.getString("raw");
        e.deadLetterReason = row.getString("dead_letter_reason");
        e.previousHash = row.getString("previous_hash");
        e.hash = row.getString("hash");
        return e;
    }
}
