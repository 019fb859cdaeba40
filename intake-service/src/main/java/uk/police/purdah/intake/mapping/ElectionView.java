package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import uk.police.purdah.intake.model.Election;

/** An election as the register shows it, with its calendar (CAL-1); times in UK time with their offset. */
public record ElectionView(UUID id, String policeArea, String nation, LocalDate pollDate, LocalDate purdahStart,
        LocalDate noticeOfElectionBy, OffsetDateTime nominationsClose, int parityGraceDays) {
    public static ElectionView of(Election election) {
        return new ElectionView(election.id, election.policeArea, election.nation, election.pollDate,
                election.purdahStart, election.noticeOfElectionBy,
                election.nominationsClose == null ? null
                        : election.nominationsClose.atZoneSameInstant(Election.UK).toOffsetDateTime(),
                election.parityGraceDays);
    }
}
