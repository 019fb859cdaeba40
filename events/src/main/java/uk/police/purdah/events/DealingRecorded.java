package uk.police.purdah.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code uk.police.purdah.dealing.recorded}: any contact with a candidate. A dealing with the
 * incumbent in their statutory capacity is recorded but exempt from parity (CAND-2, EQ-5).
 */
public record DealingRecorded(UUID electionId, UUID dealingId, UUID candidateId, String kind, OffsetDateTime occurredAt,
        String location, String summary, String capacity, boolean statutory, String recordedBy, boolean insidePurdah)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return dealingId;
    }
}
