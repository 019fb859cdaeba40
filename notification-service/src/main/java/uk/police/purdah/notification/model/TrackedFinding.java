package uk.police.purdah.notification.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A parity finding (EQ-1..4) and where it stands: open until breached or resolved. */
@Entity
@Table(name = "tracked_finding")
public class TrackedFinding extends PanacheEntityBase {

    public enum Status {
        OPEN, BREACHED, RESOLVED
    }

    @Id
    public UUID id;
    public UUID electionId;
    public String rule;
    public String description;
    public int owedCount;
    public OffsetDateTime dueBy;
    @Enumerated(EnumType.STRING)
    public Status status;
}
