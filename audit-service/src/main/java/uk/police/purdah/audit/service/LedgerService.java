package uk.police.purdah.audit.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.police.purdah.audit.chain.AuditChain;
import uk.police.purdah.audit.chain.ChainVerifier;
import uk.police.purdah.audit.chain.ChainVerifier.Verification;
import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.repository.LedgerFilter;
import uk.police.purdah.audit.repository.LedgerRepository;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.MalformedEventException;

/**
 * Keeps every event once in the ledger (AUD-1) and answers the auditor's questions about it
 * (AUD-3, AUD-4), recording each of those reads in the ledger before it is answered (AUD-5).
 */
@ApplicationScoped
public class LedgerService {

    /** Dead-letter topics, {@code purdah.dlq.<service>}: whatever arrives there is kept as it is. */
    static final String DEAD_LETTER_TOPIC_PREFIX = "purdah.dlq.";
    /** Headers the SmallRye Kafka dead-letter queue adds to a dead-lettered record. */
    static final String DEAD_LETTER_REASON = "dead-letter-reason";
    static final String DEAD_LETTER_TOPIC = "dead-letter-topic";
    static final String DEAD_LETTER_PARTITION = "dead-letter-partition";
    static final String DEAD_LETTER_OFFSET = "dead-letter-offset";

    private static final Logger LOG = Logger.getLogger(LedgerService.class);

    /** How long an export may stream, in seconds. */
    static final int EXPORT_TIMEOUT_SECONDS = 3600;

    private final LedgerRepository repository;
    private final AuditChain chain;
    private final ChainVerifier verifier;
    private final ObjectMapper json;
    private final Clock clock;

    public LedgerService(LedgerRepository repository, AuditChain chain, ChainVerifier verifier, ObjectMapper json,
            Clock clock) {
        this.repository = repository;
        this.chain = chain;
        this.verifier = verifier;
        this.json = json;
        this.clock = clock;
    }

    /** What a reader does with the ledger (AUD-5). */
    public enum Read {
        QUERY, EXPORT, VERIFICATION;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Keeps one Kafka record. A Purdah event is kept once, by its event id. A message on a
     * dead-letter topic that is not an event is kept as a {@code dead-letter} entry with its text
     * and reason, never sent back to a dead-letter topic. Anything else that is not an event throws
     * {@link MalformedEventException}, which sends it to {@code purdah.dlq.audit}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(ConsumerRecord<String, String> record) {
        LedgerEntry entry;
        try {
            entry = eventEntry(record, decode(record.value()));
        } catch (MalformedEventException e) {
            if (!isDeadLetterTopic(record.topic())) {
                throw e;
            }
            entry = deadLetterEntry(record, null);
        }
        append(entry, record);
    }

    /**
     * Keeps a record of a dead-letter topic as a {@code dead-letter} entry even though it is an event,
     * because the ledger refused it as one ({@code refusal} says why).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepAsDeadLetter(ConsumerRecord<String, String> record, String refusal) {
        append(deadLetterEntry(record, refusal), record);
    }

    public static boolean isDeadLetterTopic(String topic) {
        return topic.startsWith(DEAD_LETTER_TOPIC_PREFIX);
    }

    private void append(LedgerEntry entry, ConsumerRecord<String, String> record) {
        if (chain.append(entry)) {
            LOG.debugf("kept %s %s from %s-%d@%d", entry.kind, entry.eventId, record.topic(), record.partition(),
                    record.offset());
        } else {
            LOG.debugf("%s is already in the ledger; redelivery from %s ignored", entry.eventId, record.topic());
        }
    }

    /** A page of entries (AUD-4); the read is in the ledger before the answer (AUD-5). */
    public List<LedgerEntry> search(String reader, LedgerFilter filter) {
        recordRead(reader, Read.QUERY, filter, null);
        return QuarkusTransaction.requiringNew().call(() -> repository.search(filter));
    }

    /**
     * Every entry matching the filter, handed to {@code sink} one at a time from a database cursor
     * (AUD-4); the caller has recorded the read with {@link #recordRead} first.
     */
    public void export(LedgerFilter filter, Consumer<LedgerEntry> sink) {
        QuarkusTransaction.requiringNew().timeout(EXPORT_TIMEOUT_SECONDS).run(() -> repository.stream(filter, sink));
    }

    /** Walks the chain (AUD-3); the walk is recorded first, so it verifies its own record too (AUD-5). */
    public Verification verify(String reader) {
        recordRead(reader, Read.VERIFICATION, null, null);
        return verifier.verify();
    }

    /**
     * Appends a {@code ledger.read} entry (AUD-5), in a transaction of its own that commits before
     * anything is read: the actor is the reader, the entry's JSON says what was read and how.
     */
    public void recordRead(String reader, Read read, LedgerFilter filter, String format) {
        LedgerEntry entry = new LedgerEntry();
        entry.eventId = UUID.randomUUID();
        entry.kind = LedgerEntry.LEDGER_READ;
        entry.source = "audit-service";
        entry.actor = reader;
        entry.subject = read.label();
        entry.receivedAt = OffsetDateTime.now(clock);
        entry.eventTime = entry.receivedAt;
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("reader", reader);
        what.put("read", read.label());
        if (format != null) {
            what.put("format", format);
        }
        if (filter != null) {
            what.put("parameters", parameters(filter));
        }
        try {
            entry.event = json.writeValueAsString(what);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read cannot be described", e);
        }
        QuarkusTransaction.requiringNew().run(() -> chain.append(entry));
    }

    public Optional<LedgerEntry> head() {
        return QuarkusTransaction.joiningExisting().call(repository::head);
    }

    private static Map<String, Object> parameters(LedgerFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "electionId", filter.electionId());
        put(parameters, "candidateId", filter.candidateId());
        put(parameters, "actor", filter.actor());
        put(parameters, "kind", filter.kind());
        put(parameters, "from", filter.from());
        put(parameters, "to", filter.to());
        put(parameters, "insidePurdah", filter.insidePurdah());
        put(parameters, "after", filter.after());
        put(parameters, "limit", filter.limit());
        return parameters;
    }

    private static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static EventEnvelope decode(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty message");
        }
        return EventCodec.decode(value);
    }

    private LedgerEntry eventEntry(ConsumerRecord<String, String> record, EventEnvelope event) {
        LedgerEntry entry = received(record);
        entry.eventId = event.id();
        entry.kind = event.type().startsWith(EventType.PREFIX)
                ? event.type().substring(EventType.PREFIX.length()) : event.type();
        entry.type = event.type();
        entry.source = event.source();
        entry.electionId = event.electionid();
        entry.candidateId = event.data().candidateId();
        entry.actor = event.actor();
        entry.subject = event.subject();
        entry.eventTime = event.time();
        entry.insidePurdah = event.data().insidePurdah();
        entry.event = record.value();
        return entry;
    }

    /**
     * A message that is not an event, as found on a dead-letter topic. Its id is derived from where
     * it sits in Kafka, so a redelivery of it is ignored like that of an event; its election is the
     * record key when that is one; its subject names where it was first read, when the headers say.
     * Its text is kept as received, except that NUL, which PostgreSQL text cannot hold, becomes U+FFFD.
     */
    private LedgerEntry deadLetterEntry(ConsumerRecord<String, String> record, String refusal) {
        LedgerEntry entry = received(record);
        entry.eventId = UUID.nameUUIDFromBytes((record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        entry.kind = LedgerEntry.DEAD_LETTER;
        entry.electionId = uuidOrNull(record.key());
        String originTopic = header(record, DEAD_LETTER_TOPIC);
        if (originTopic != null) {
            entry.subject = originTopic + "/" + header(record, DEAD_LETTER_PARTITION) + "/"
                    + header(record, DEAD_LETTER_OFFSET);
        }
        entry.eventTime = record.timestamp() >= 0
                ? OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC)
                : entry.receivedAt;
        entry.raw = record.value() == null ? "" : record.value().replace('\u0000', '\uFFFD');
        String reason = header(record, DEAD_LETTER_REASON);
        if (refusal != null) {
            reason = (reason == null ? "" : reason + "; ") + "not kept as an event: " + refusal;
        }
        entry.deadLetterReason = reason;
        return entry;
    }

    private LedgerEntry received(ConsumerRecord<String, String> record) {
        LedgerEntry entry = new LedgerEntry();
        entry.topic = record.topic();
        entry.kafkaPartition = record.partition();
        entry.kafkaOffset = record.offset();
        entry.receivedAt = OffsetDateTime.now(clock);
        return entry;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
