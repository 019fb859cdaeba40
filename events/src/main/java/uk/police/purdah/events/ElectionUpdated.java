package uk.police.purdah.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code uk.police.purdah.election.updated}: the calendar as it stands after a change by the SPOC. */
public record ElectionUpdated(UUID electionId, String policeArea, String nation, LocalDate pollDate,
        LocalDate purdahStart, LocalDate noticeOfElectionBy, OffsetDateTime nominationsClose, int parityGraceDays)
        implements PurdahEvent {
    @Override
    public UUID aggregateId() {
        return electionId;
    }
}
