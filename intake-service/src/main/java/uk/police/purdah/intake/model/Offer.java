package uk.police.purdah.intake.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.purdah.events.Vocabulary.OfferKind;

/** Something offered to one candidate that is owed to all (EQ-1), and what came of it. */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    public enum Status {
        EXTENDED, ACCEPTED, DECLINED, HELD;

        /** The order an offer's outcome may take: declined and held are final; an accepted offer may still be declined. */
        public boolean canBecome(Status next) {
            return switch (this) {
                case EXTENDED -> next == ACCEPTED || next == DECLINED || next == HELD;
                case ACCEPTED -> next == DECLINED || next == HELD;
                case DECLINED, HELD -> false;
            };
        }
    }

    @Id
    public UUID id;
    public UUID electionId;
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public OfferKind kind;
    /** CHIEF_CONSTABLE, CHIEF_EXECUTIVE, PCC or another office holder in free text; required for a MEETING. */
    public String officeHolder;
    public String description;
    public OffsetDateTime extendedAt;
    public String extendedBy;
    /** CAL-3: whether it was extended inside the purdah window. */
    public boolean insidePurdah;
    @Enumerated(EnumType.STRING)
    public Status status;
    public OffsetDateTime outcomeAt;
    public String outcomeBy;
    public OffsetDateTime heldAt;
    /** INT-5: the notes of what was said, published anonymised. */
    public String notes;
    public Boolean heldInsidePurdah;
    public OffsetDateTime createdAt;
}
