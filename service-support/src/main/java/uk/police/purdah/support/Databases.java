package uk.police.purdah.support;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Tells a database that is away (worth waiting for) from one that refused what it was given, and
 * waits out an outage: a consumer retries its record in place instead of dead-lettering it, so
 * nothing is lost and each election's order is kept (DESIGN §6).
 */
public final class Databases {

    private static final Logger LOG = Logger.getLogger(Databases.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private Databases() {
    }

    /**
     * Runs {@code work} in a transaction of its own; while PostgreSQL is unavailable, tries again
     * after a pause that doubles from 0.5 s to 30 s. Any other failure is thrown at once.
     */
    public static void inTransactionWaitingOutOutages(String what, Runnable work) throws InterruptedException {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                return;
            } catch (RuntimeException e) {
                if (!unavailable(e)) {
                    throw e;
                }
                LOG.warnf("the database is unavailable (%s); %s waits %d ms", rootMessage(e), what, pause.toMillis());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Whether the failure means PostgreSQL cannot be reached or is going down: SQLSTATE class 08
     * (connection exception), 53 (insufficient resources) or 57P (operator intervention).
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message, which for a database error is PostgreSQL's own words, without the SQL. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
