package uk.police.purdah.publication.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An offer as extended: what the notes of the engagement that follows are about (PUB-1). */
@Entity
@Table(name = "offer_seen")
public class OfferSeen extends PanacheEntityBase {
    @Id
    public UUID offerId;
    public UUID electionId;
    public String kind;
    public String officeHolder;
}
