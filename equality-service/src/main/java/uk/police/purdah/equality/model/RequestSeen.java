package uk.police.purdah.equality.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.purdah.events.Vocabulary.Decision;
import uk.police.purdah.events.Vocabulary.RequestKind;

/** A candidate request as received in the register (INT-1); what EQ-3 and EQ-4 compare across candidates. */
@Entity
@Table(name = "request_seen")
public class RequestSeen extends PanacheEntityBase {

    @Id
    public UUID requestId;
    public UUID electionId;
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public RequestKind kind;
    public OffsetDateTime receivedAt;
    public boolean insidePurdah;
    /** EQ-3: the purpose as decided, and its normalised form for comparison. */
    public String purpose;
    public String purposeKey;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public OffsetDateTime decidedAt;
    /** EQ-4: when the response was approved. */
    public OffsetDateTime respondedAt;
}
