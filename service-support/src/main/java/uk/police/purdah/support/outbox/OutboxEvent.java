package uk.police.purdah.support.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting in the transactional outbox, committed with the change it announces (DESIGN §3). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;
    public UUID eventId;
    public String topic;
    public String eventKey;
    public String payload;
    public OffsetDateTime createdAt;
    public OffsetDateTime publishedAt;
}
