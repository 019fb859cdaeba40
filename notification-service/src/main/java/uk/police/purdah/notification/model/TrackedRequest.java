package uk.police.purdah.notification.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.purdah.events.Vocabulary.Channel;
import uk.police.purdah.events.Vocabulary.RequestKind;

/**
 * A candidate's request as far as notifications need it (INT-1, INT-3): its kind, its subject line and its FOI due
 * date. Not its text, and nothing about the candidate but the id.
 */
@Entity
@Table(name = "tracked_request")
public class TrackedRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID electionId;
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public RequestKind kind;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String title;
    public OffsetDateTime receivedAt;
    public LocalDate foiDueDate;
    /** When it was answered: its response approved, or redirected to a publication (as intake's FoiStatus). */
    public OffsetDateTime answeredAt;
}
