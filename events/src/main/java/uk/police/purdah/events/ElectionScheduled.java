package uk.police.purdah.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code uk.police.purdah.election.scheduled}: an election and its calendar (CAL-1), and the working days an
 * offer made to one candidate may wait before it is owed to all (EQ-1).
 */
public record ElectionScheduled(UUID electionId, String policeArea, String nation, LocalDate pollDate,
        LocalDate purdahStart, LocalDate noticeOfElectionBy, OffsetDateTime nominationsClose, int parityGraceDays)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return electionId;
    }
}
