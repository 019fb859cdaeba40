package uk.police.purdah.equality.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A request that an EQ-3 finding compares. */
@Entity
@Table(name = "finding_request")
@IdClass(FindingRequest.Key.class)
public class FindingRequest extends PanacheEntityBase {

    @Id
    public UUID findingId;
    @Id
    public UUID requestId;

    public static class Key implements Serializable {
        public UUID findingId;
        public UUID requestId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(findingId, k.findingId) && Objects.equals(requestId, k.requestId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(findingId, requestId);
        }
    }
}
