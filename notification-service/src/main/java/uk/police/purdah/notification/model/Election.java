package uk.police.purdah.notification.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An election as notifications need it: its police area chooses who is told. */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {
    @Id
    public UUID id;
    public String policeArea;
    public String nation;
    public LocalDate pollDate;
}
