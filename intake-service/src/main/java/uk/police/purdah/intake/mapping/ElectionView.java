package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.purdah.intake.model.Election;

/** An election as the register shows it. */
public record ElectionView(UUID id, String policeArea, String nation, LocalDate pollDate, LocalDate purdahStart) {
    public static ElectionView of(Election election) {
        return new ElectionView(election.id, election.policeArea, election.nation, election.pollDate,
                election.purdahStart);
    }
}
