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

/**
 * Something a candidate has had (EQ-1, EQ-7): an offer extended, or a dealing that counts for parity
 * (source DEALING, EQ-5). Its parity line is {@code (kind, officeHolder)}.
 */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    public enum Source {
        OFFER, DEALING
    }

    @Id
    public UUID offerId;
    public UUID electionId;
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public OfferKind kind;
    public String officeHolder;
    @Enumerated(EnumType.STRING)
    public Source source;
    public String description;
    public OffsetDateTime extendedAt;
    public boolean insidePurdah;
    public OffsetDateTime acceptedAt;
    public OffsetDateTime declinedAt;
    public OffsetDateTime heldAt;

    public ParityLine line() {
        return new ParityLine(kind, officeHolder);
    }
}
