package uk.police.purdah.equality.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An election as the calendar events tell it (CAL-1): the dates parity is measured against. */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {

    @Id
    public UUID id;
    public String policeArea;
    public LocalDate pollDate;
    public LocalDate purdahStart;
    /** EQ-1: working days an offer may wait before it is owed to all (default 2). */
    public int parityGraceDays = 2;
}
