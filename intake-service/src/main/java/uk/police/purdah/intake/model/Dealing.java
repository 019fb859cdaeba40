package uk.police.purdah.intake.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The record of a contact with a candidate (000 §2.1, §2.7), kept whatever its capacity (CAND-2). */
@Entity
@Table(name = "dealing")
public class Dealing extends PanacheEntityBase {

    public enum Kind {
        MEETING, CALL, VISIT, EMAIL, LETTER, EVENT, OTHER
    }

    /** CAND-2: in which capacity the candidate was dealt with; STATUTORY only for the incumbent PCC or deputy. */
    public enum Capacity {
        STATUTORY, CANDIDATE
    }

    @Id
    public UUID id;
    public UUID electionId;
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public OffsetDateTime occurredAt;
    public String location;
    public String summary;
    @Enumerated(EnumType.STRING)
    public Capacity capacity;
    /** EQ-5: exempt from parity, not from the record. */
    public boolean statutory;
    public String recordedBy;
    public OffsetDateTime recordedAt;
    /** CAL-3. */
    public boolean insidePurdah;
}
