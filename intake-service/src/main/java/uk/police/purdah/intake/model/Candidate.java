package uk.police.purdah.intake.model;

import java.time.LocalDate;
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

    /** CAND-3: whether the candidate serves, or served, the force or the OPCC. */
    public enum Employment {
        NONE, POLICE_OFFICER, POLICE_STAFF, OPCC_STAFF
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
    @Enumerated(EnumType.STRING)
    public Employment employment = Employment.NONE;
    /** CAND-3: the day they left the force or the OPCC; null while they serve (or never did). */
    public LocalDate resignedOn;
    /** CAND-1: the day the returning officer declared the nomination valid. */
    public LocalDate declaredOn;
    public LocalDate withdrawnOn;
    public String withdrawalReason;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public boolean isIncumbent() {
        return incumbentRole != null && incumbentRole != IncumbentRole.NONE;
    }
}
