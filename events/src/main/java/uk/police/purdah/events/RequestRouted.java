package uk.police.purdah.events;

import java.util.List;
import java.util.UUID;

/** {@code uk.police.purdah.request.routed}: sent to the SPOC, with whoever else must be told (INT-1, INT-4). */
public record RequestRouted(UUID electionId, UUID requestId, UUID candidateId, String routedTo, List<String> notified)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return requestId;
    }
}
