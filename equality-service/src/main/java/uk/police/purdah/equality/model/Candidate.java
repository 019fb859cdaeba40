package uk.police.purdah.equality.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.purdah.events.Vocabulary.IncumbentRole;

/**
 * A candidate of one election as the candidate events tell it: every candidate not withdrawn is
 * owed every offer (CAND-1, EQ-1); the incumbent's statutory dealings are exempt (CAND-2, EQ-5).
 */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    public enum Status {
        PROSPECTIVE, DECLARED, WITHDRAWN
    }

    @Id
    public UUID id;
    public UUID electionId;
    public String name;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public IncumbentRole incumbentRole;
    public String party;
    /** EQ-2: when the candidate first stood, the registration event's time. */
    public OffsetDateTime registeredAt;
    public LocalDate declaredOn;
    public LocalDate withdrawnOn;

    /** CAND-1, EQ-1: prospective and declared candidates are owed every offer; withdrawn ones are not. */
    public boolean counts() {
        return status != Status.WITHDRAWN;
    }
}
