package uk.police.purdah.equality.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.purdah.events.Vocabulary.OfferKind;
import uk.police.purdah.events.Vocabulary.RequestKind;

/**
 * A finding of the parity ledger (EQ-1..4). It stays OPEN until an event ends it: the offer extended to
 * everyone owed, their withdrawal, or the SPOC's recorded justification (EQ-6); it is never deleted.
 * A finding whose grace period ran out is breached ({@link #breachedAt}) and stays open until then.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    public enum Status {
        OPEN, RESOLVED
    }

    /** How a finding ended (EQ-6). */
    public enum Resolution {
        OFFER_EXTENDED, CANDIDATE_WITHDRAWN, JUSTIFIED
    }

    /** EQ-4: what is timed. */
    public enum Measure {
        DECISION, RESPONSE
    }

    @Id
    public UUID id;
    public UUID electionId;
    public String rule;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String description;
    public OffsetDateTime openedAt;

    @Enumerated(EnumType.STRING)
    public OfferKind offerKind;
    public String officeHolder;
    public OffsetDateTime graceStart;
    public OffsetDateTime dueBy;
    public OffsetDateTime breachedAt;

    @Enumerated(EnumType.STRING)
    public RequestKind requestKind;
    public String purposeKey;

    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public Measure measure;
    public Double candidateMedianHours;
    public Double othersMedianHours;
    public Integer sampleSize;

    public OffsetDateTime resolvedAt;
    @Enumerated(EnumType.STRING)
    public Resolution resolution;
    public String justification;
    public String justifiedBy;

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public ParityLine line() {
        return offerKind == null ? null : new ParityLine(offerKind, officeHolder);
    }
}
