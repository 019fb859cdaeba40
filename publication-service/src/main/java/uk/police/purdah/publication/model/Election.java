package uk.police.purdah.publication.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An election's calendar as the election events tell it: the purdah window (CAL-3, PUB-5) and the police area. */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {
    @Id
    public UUID electionId;
    public String policeArea;
    public LocalDate pollDate;
    public LocalDate purdahStart;
    public OffsetDateTime updatedAt;

    /** CAL-3: from purdah start to the close of poll, both days included. */
    public boolean insidePurdah(LocalDate day) {
        return purdahStart != null && pollDate != null && !day.isBefore(purdahStart) && !day.isAfter(pollDate);
    }
}
