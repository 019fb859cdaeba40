package uk.police.purdah.audit.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import uk.police.purdah.audit.model.LedgerEntry;
import uk.police.purdah.audit.repository.LedgerFilter;
import uk.police.purdah.audit.repository.LedgerRepository;
import uk.police.purdah.events.EventCodec;
import uk.police.purdah.events.EventEnvelope;
import uk.police.purdah.events.EventType;
import uk.police.purdah.events.MalformedEventException;

/** Keeps every event once in the ledger and answers the auditor's questions about it (AUD-1, AUD-4). */
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

    private final LedgerRepository repository;
    private final Clock clock;

    public LedgerService(LedgerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
        if (repository.append(entry)) {
            LOG.debugf("kept %s %s from %s-%d@%d", entry.kind, entry.eventId, record.topic(), record.partition(),
                    record.offset());
        } else {
            LOG.debugf("%s is already in the ledger; redelivery from %s ignored", entry.eventId, record.topic());
        }
    }

    public List<LedgerEntry> search(LedgerFilter filter) {
        return repository.search(filter);
    }

    public Optional<LedgerEntry> head() {
        return repository.head();
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
