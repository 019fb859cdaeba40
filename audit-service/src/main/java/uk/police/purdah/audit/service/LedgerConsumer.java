package uk.police.purdah.audit.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.police.purdah.events.MalformedEventException;
import uk.police.purdah.support.Databases;

/**
 * Reads every {@code purdah.*} topic, dead-letter topics included, in order per partition, and
 * keeps each record in the ledger in a transaction of its own; the record is acknowledged once
 * that transaction has committed.
 * <ul>
 * <li>A record that is not an event throws, and goes to {@code purdah.dlq.audit} with the reason
 * (see {@code application.properties}); the partition goes on.</li>
 * <li>While PostgreSQL is away the record is retried in place, with a growing pause, so nothing is
 * dead-lettered for it and the ledger keeps each election's order. One transaction per attempt is
 * why this method begins its own transactions instead of being {@code @Transactional}.</li>
 * <li>A record on a dead-letter topic is never dead-lettered again: if the database refuses it as
 * an event (jsonb rejects {@code \u0000}, say), it is kept as a dead letter.</li>
 * </ul>
 */
@ApplicationScoped
public class LedgerConsumer {

    private static final Logger LOG = Logger.getLogger(LedgerConsumer.class);

    private final LedgerService ledger;

    public LedgerConsumer(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Incoming("ledger")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        try {
            inTransaction(record, () -> ledger.keep(record));
        } catch (MalformedEventException e) {
            throw e;
        } catch (RuntimeException e) {
            String refusal = Databases.rootMessage(e);
            if (!LedgerService.isDeadLetterTopic(record.topic())) {
                throw new IllegalStateException("the ledger refused it: " + refusal, e);
            }
            LOG.warnf("%s-%d@%d not kept as an event (%s); keeping it as a dead letter", record.topic(),
                    record.partition(), record.offset(), refusal);
            inTransaction(record, () -> ledger.keepAsDeadLetter(record, refusal));
        }
    }

    private static void inTransaction(ConsumerRecord<String, String> record, Runnable work)
            throws InterruptedException {
        Databases.inTransactionWaitingOutOutages(record.topic() + "-" + record.partition() + "@" + record.offset(), work);
    }
}
