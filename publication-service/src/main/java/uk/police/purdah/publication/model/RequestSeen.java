package uk.police.purdah.publication.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A request as received: its subject and the day only; the minute it arrived is not kept (PUB-4). */
@Entity
@Table(name = "request_seen")
public class RequestSeen extends PanacheEntityBase {
    @Id
    public UUID requestId;
    public UUID electionId;
    public String subject;
    public LocalDate receivedOn;
}
