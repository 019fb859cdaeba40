package uk.police.purdah.equality.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.model.FindingOwed;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.events.Vocabulary.RequestKind;

/**
 * A finding as the SPOC, the Chief Constable's office, the returning officer and the auditor read it:
 * who is owed what and by when (EQ-1, EQ-2), the requests decided differently (EQ-3), the times compared
 * (EQ-4), how it ended (EQ-6) and its whole history.
 */
public record FindingView(UUID id, UUID electionId, String rule, Finding.Status status, boolean breached,
        String description, OffsetDateTime openedAt, Offer offer, OffsetDateTime dueBy, OffsetDateTime breachedAt,
        List<Owed> owed, List<Request> requests, ServiceTime serviceTime, OffsetDateTime resolvedAt,
        Finding.Resolution resolution, String justification, String justifiedBy, List<Change> history) {

    /** The parity line owed. */
    public record Offer(String key, OfferKind kind, String officeHolder, String label) {
    }

    /** A candidate named by the finding: still OWED, or settled (EXTENDED, WITHDRAWN) and when. */
    public record Owed(UUID candidateId, String name, FindingOwed.State state, OffsetDateTime settledAt,
            UUID offerId) {
    }

    /** EQ-3: a request compared. */
    public record Request(UUID requestId, UUID candidateId, String name, RequestKind kind, String purpose,
            Decision decision, OffsetDateTime decidedAt) {
    }

    /** EQ-4: the statistic that opened it. */
    public record ServiceTime(UUID candidateId, String name, Finding.Measure measure, Double candidateMedianHours,
            Double othersMedianHours, Integer sampleSize) {
    }

    public record Change(OffsetDateTime at, String change, String note) {
    }
}
