package uk.police.purdah.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import uk.police.purdah.audit.chain.AuditChain;
import uk.police.purdah.audit.chain.ChainHash;
import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.repository.LedgerRepository;

/**
 * The ledger's database as the tests reach it: as the application's own user (what AUD-2 must
 * stop), and as the superuser {@code postgres}, who bypasses triggers with
 * {@code session_replication_role = replica} to play the attacker of AUD-3 and to put things back.
 */
public final class LedgerDatabase {

    private LedgerDatabase() {
    }

    public static Connection asApplication() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(url(), config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    /** The sequence of the entry with that event id, or null. */
    public static Long sequenceOf(UUID eventId) throws SQLException {
        try (Connection c = asApplication();
                PreparedStatement s = c.prepareStatement("SELECT sequence FROM ledger_entry WHERE event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    public static long count(String where, Object... parameters) throws SQLException {
        try (Connection c = asApplication();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM ledger_entry WHERE " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public static long nextSequenceAfter(long sequence) throws SQLException {
        return single("SELECT min(sequence) FROM ledger_entry WHERE sequence > " + sequence);
    }

    public static long previousSequence(long sequence) throws SQLException {
        return single("SELECT max(sequence) FROM ledger_entry WHERE sequence < " + sequence);
    }

    /** Uses up a sequence number, so that no entry will have it. */
    public static long nextval() throws SQLException {
        return single("SELECT nextval('ledger_entry_sequence_seq')");
    }

    public static long head() throws SQLException {
        return single("SELECT coalesce(max(sequence), 0) FROM ledger_entry");
    }

    public static String hashOf(long sequence) throws SQLException {
        try (Connection c = asApplication(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT hash FROM ledger_entry WHERE sequence = " + sequence)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** Entries from {@code sequence} on, in ledger order, read by the given connection. */
    public static List<LedgerEntry> entriesFrom(Connection c, long sequence) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT sequence, event_id, kind, topic, kafka_partition, kafka_offset, type, source, election_id,
                    candidate_id, actor, subject, event_time, received_at, inside_purdah, event::text AS event, raw,
                    dead_letter_reason, previous_hash, hash
                FROM ledger_entry WHERE sequence >= %d ORDER BY sequence""".formatted(sequence))) {
            while (r.next()) {
                entries.add(LedgerRepository.entry(r));
            }
        }
        return entries;
    }

    /** Runs statements as the superuser with triggers off, in one transaction holding the append lock. */
    public static void tamper(String... statements) throws SQLException {
        try (Connection c = asSuperuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                bypass(s);
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
            c.commit();
        }
    }

    /** Keeps a copy of the entries that a test is about to tamper with. */
    public static void save(long... sequences) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (long sequence : sequences) {
            in.append(in.isEmpty() ? "" : ",").append(sequence);
        }
        tamper("CREATE TABLE IF NOT EXISTS tamper_backup (LIKE ledger_entry)", "DELETE FROM tamper_backup",
                "INSERT INTO tamper_backup SELECT * FROM ledger_entry WHERE sequence IN (" + in + ")");
    }

    /**
     * Puts the saved entries back, removes any row at {@code alsoRemove}, then recomputes the chain
     * from the lowest of them on, as an attacker would, so that entries appended meanwhile (the
     * verifications' own reads) link again; entries that were not changed keep their hashes.
     */
    public static void restore(long... alsoRemove) throws SQLException {
        StringBuilder remove = new StringBuilder("SELECT sequence FROM tamper_backup");
        for (long sequence : alsoRemove) {
            remove.append(" UNION SELECT ").append(sequence);
        }
        tamper("DELETE FROM ledger_entry WHERE sequence IN (" + remove + ")",
                "INSERT INTO ledger_entry SELECT * FROM tamper_backup");
        long from = single("SELECT coalesce(min(sequence), 1) FROM tamper_backup");
        rechainFrom(from);
    }

    /** Recomputes previous hash and hash of every entry from {@code sequence} on (a "rewrite of the tail"). */
    public static void rechainFrom(long sequence) throws SQLException {
        try (Connection c = asSuperuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                bypass(s);
                String previous;
                try (ResultSet r = s.executeQuery("SELECT hash FROM ledger_entry WHERE sequence < " + sequence
                        + " ORDER BY sequence DESC LIMIT 1")) {
                    previous = r.next() ? r.getString(1) : ChainHash.GENESIS;
                }
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE ledger_entry SET previous_hash = ?, hash = ? WHERE sequence = ?")) {
                    for (LedgerEntry entry : entriesFrom(c, sequence)) {
                        entry.previousHash = previous;
                        previous = ChainHash.of(entry);
                        update.setString(1, entry.previousHash);
                        update.setString(2, previous);
                        update.setLong(3, entry.sequence);
                        update.executeUpdate();
                    }
                }
            }
            c.commit();
        }
    }

    /** Triggers off for this transaction, and no append can slip in before it commits. */
    private static void bypass(Statement s) throws SQLException {
        s.execute("SET LOCAL session_replication_role = replica");
        s.execute("SELECT pg_advisory_xact_lock(" + AuditChain.LOCK + ")");
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = asSuperuser(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
