package uk.police.purdah.equality.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dealing with a candidate as recorded (CAND-2): statutory ones are listed and exempt from parity (EQ-5). */
@Entity
@Table(name = "dealing")
public class Dealing extends PanacheEntityBase {

    @Id
    public UUID dealingId;
    public UUID electionId;
    public UUID candidateId;
    public String kind;
    public OffsetDateTime occurredAt;
    public String capacity;
    public boolean statutory;
    public String summary;
    public boolean insidePurdah;
}
