package uk.police.purdah.equality.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to a finding, kept for ever (EQ-6): OPENED, OWED_SETTLED, BREACHED, RESOLVED, REQUEST_ADDED, … */
@Entity
@Table(name = "finding_history")
public class FindingHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;
    public UUID findingId;
    public OffsetDateTime at;
    public String change;
    public String note;
}
