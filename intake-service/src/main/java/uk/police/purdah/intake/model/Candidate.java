package uk.police.purdah.intake.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.purdah.events.Vocabulary.IncumbentRole;

/** A candidate of one election, prospective until declared (CAND-1). */
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
    public String party;
    public String agentName;
    public String email;
    public String phone;
    public String address;
    public String postcode;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> socialHandles;
    @Enumerated(EnumType.STRING)
    public IncumbentRole incumbentRole;
    public boolean formerColleague;
    @Enumerated(EnumType.STRING)
    public Status status;
    public OffsetDateTime registeredAt;
}
