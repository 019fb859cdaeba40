package uk.police.purdah.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import uk.police.purdah.events.EventEnvelope;

/**
 * Relays the outbox to Kafka in sequence order, keyed by election, as CloudEvents in structured
 * mode. A row is marked published only once the broker has acknowledged it, so while Kafka is
 * down requests are still accepted and wait here (DESIGN §3, §6). Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two replicas never send the same row at the same time.
 */
@IfBuildProperty(name = "purdah.outbox.enabled", stringValue = "true")
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int batchSize;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "purdah.outbox.batch-size") int batchSize) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Every second once the application runs (not while it starts or stops, when the channel is not wired). */
    @Scheduled(every = "${purdah.outbox.interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        try {
            while (relayBatch() == batchSize) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    /**
     * Sends one batch in sequence order, each row once the one before it is acknowledged, and marks published the
     * rows the broker acknowledged; returns how many, or -1 when a send failed (the rest wait for the next run).
     * Sending one after another keeps each election's events in order even when the broker comes and goes: sent
     * side by side, a later event could reach the broker while an earlier one was still failing (the outage test
     * of WalkingSkeletonIT caught exactly that).
     */
    @Transactional
    int relayBatch() {
        List<OutboxEvent> batch = entityManager.createQuery(
                "from OutboxEvent where publishedAt is null order by sequence", OutboxEvent.class)
                .setMaxResults(batchSize)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        for (OutboxEvent row : batch) {
            try {
                send(row).await().atMost(ACK_TIMEOUT);
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay paused at event %s, will retry: %s", row.eventId, e.getMessage());
                return -1;
            }
            row.publishedAt = OffsetDateTime.now(clock);
        }
        return batch.size();
    }

    private Uni<Void> send(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.eventKey)
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.payload).addMetadata(metadata));
    }
}
