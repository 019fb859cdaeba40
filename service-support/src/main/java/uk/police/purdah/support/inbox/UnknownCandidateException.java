package uk.police.purdah.support.inbox;

import java.util.UUID;

/**
 * An event about a candidate this view never saw registered. Candidate events share one topic
 * and one key per election, so this means a gap in the stream: the message goes to the
 * dead-letter topic with this reason instead of being applied to nothing.
 */
public class UnknownCandidateException extends RuntimeException {
    public UnknownCandidateException(String eventType, UUID candidateId) {
        super(eventType + " for candidate " + candidateId + ", who was never registered");
    }
}
