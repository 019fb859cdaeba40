package uk.police.purdah.audit.mapping;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.retention.LedgerRetention;

/**
 * Ledger entries as RFC 4180 CSV (AUD-4): a header line, then one record per entry, CRLF line
 * ends, a field quoted when it holds a comma, a quote, CR or LF, with its quotes doubled. The event
 * is its JSON text; times are ISO 8601 with offset; an absent value is an empty field.
 */
public final class LedgerCsv {

    public static final String MEDIA_TYPE = "text/csv";

    static final List<String> HEADER = List.of("sequence", "eventId", "kind", "topic", "type", "source", "electionId",
            "candidateId", "actor", "subject", "eventTime", "receivedAt", "insidePurdah", "event", "raw",
            "deadLetterReason", "previousHash", "hash", "retainedUntil");

    private LedgerCsv() {
    }

    public static void header(Writer out) throws IOException {
        record(out, HEADER);
    }

    public static void row(Writer out, LedgerEntry e, LedgerRetention retention) throws IOException {
        record(out, Arrays.asList(e.sequence, e.eventId, e.kind, e.topic, e.type, e.source, e.electionId,
                e.candidateId, e.actor, e.subject, e.eventTime, e.receivedAt, e.insidePurdah, e.event, e.raw,
                e.deadLetterReason, e.previousHash, e.hash, retention.retainedUntil(e.receivedAt)));
    }

    private static void record(Writer out, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(Objects.toString(fields.get(i), "")));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
