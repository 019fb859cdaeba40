package uk.police.purdah.equality.model;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate owed the offer of an EQ-1/EQ-2 finding; settled by the offer or their withdrawal, never deleted. */
@Entity
@Table(name = "finding_owed")
@IdClass(FindingOwed.Key.class)
public class FindingOwed extends PanacheEntityBase {

    public enum State {
        OWED, EXTENDED, WITHDRAWN
    }

    @Id
    public UUID findingId;
    @Id
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public State state;
    public OffsetDateTime settledAt;
    public UUID offerId;

    public static class Key implements Serializable {
        public UUID findingId;
        public UUID candidateId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(findingId, k.findingId)
                    && Objects.equals(candidateId, k.candidateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(findingId, candidateId);
        }
    }
}
