package uk.police.purdah.publication.model;

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

/**
 * A candidate and everything that identifies them, as the candidate events tell it: the
 * anonymiser's ground truth (PUB-2). Only the name and party are ever public (PUB-6).
 */
@Entity
@Table(name = "registry_candidate")
public class RegistryCandidate extends PanacheEntityBase {

    public enum Status {
        PROSPECTIVE, DECLARED, WITHDRAWN
    }

    @Id
    public UUID candidateId;
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
    public Status status;
    /** CAND-2: the incumbent PCC or deputy PCC standing again (PUB-5: the portal must not promote them). */
    @Enumerated(EnumType.STRING)
    public IncumbentRole incumbentRole = IncumbentRole.NONE;
    /** When the event that last changed this entry happened. */
    public OffsetDateTime updatedAt;
}
