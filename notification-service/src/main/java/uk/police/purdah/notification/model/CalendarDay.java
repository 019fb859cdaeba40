package uk.police.purdah.notification.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A day the SPOC added to the holiday table at run time (CAL-2): it moves FOI reminders (INT-3). Equality keeps the
 * same days in a table of its own: each service keeps its own view of the events in its own database (DESIGN §3),
 * so the entity is not shared.
 */
@Entity
@Table(name = "calendar_day")
@IdClass(CalendarDay.Key.class)
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate date;
    @Id
    public String scope;
    public String title;

    public static class Key implements Serializable {
        public LocalDate date;
        public String scope;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(date, k.date) && Objects.equals(scope, k.scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(date, scope);
        }
    }
}
