package uk.police.purdah.support.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.police.purdah.events.EventEnvelope;

/**
 * The event inbox of a consuming service, in its table {@code processed_event(event_id, type,
 * election_id, processed_at)}: the ids of the events already applied (DESIGN §3: an event id is unique forever and a
 * redelivered event changes nothing). Recording happens in the transaction that applies the
 * event, so an event is either recorded and applied, or neither.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;
    private final Clock clock;

    public ProcessedEvents(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records the event; {@code false} if it was recorded before. A concurrent consumer of the
     * same event waits on the row and then sees it as recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstTime(EventEnvelope event) {
        return entityManager.createNativeQuery("""
                INSERT INTO processed_event (event_id, type, election_id, processed_at)
                VALUES (:id, :type, :electionId, :processedAt)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("electionId", event.electionid())
                .setParameter("processedAt", OffsetDateTime.now(clock))
                .executeUpdate() == 1;
    }
}
