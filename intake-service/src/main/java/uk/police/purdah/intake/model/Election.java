package uk.police.purdah.intake.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A PCC election and its calendar (CAL-1). */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {

    /** England and Wales keep UK time; every date in the register is a date there. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    /** Polls close at 22:00 (CAL-3: purdah runs to the close of poll). */
    public static final int DEFAULT_PARITY_GRACE_DAYS = 2;
    public static final LocalTime CLOSE_OF_POLL = LocalTime.of(22, 0);

    @Id
    public UUID id;
    public String policeArea;
    public String nation;
    public LocalDate pollDate;
    public LocalDate purdahStart;
    /** CAL-1: the last day for the notice of election, the 25th election timetable day before the poll. */
    public LocalDate noticeOfElectionBy;
    /** CAL-1: 16:00 (or the SPOC's time) on the 19th election timetable day before the poll. */
    public OffsetDateTime nominationsClose;
    /** EQ-1: working days (CAL-2, election timetable) before an offer made to one is owed to all. */
    public int parityGraceDays = DEFAULT_PARITY_GRACE_DAYS;
    public OffsetDateTime createdAt;
    public String createdBy;

    /** CAL-3: whether a moment falls in the purdah window, from purdah start to the close of poll. */
    public boolean isInsidePurdah(OffsetDateTime moment) {
        var local = moment.atZoneSameInstant(UK).toLocalDateTime();
        return !local.toLocalDate().isBefore(purdahStart) && !local.isAfter(pollDate.atTime(CLOSE_OF_POLL));
    }
}
