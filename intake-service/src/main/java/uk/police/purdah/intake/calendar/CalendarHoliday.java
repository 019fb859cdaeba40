package uk.police.purdah.intake.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.police.purdah.calendar.Holiday;
import uk.police.purdah.calendar.HolidayScope;

/** A day the SPOC added to the holiday table at run time (CAL-2). */
@Entity
@Table(name = "calendar_holiday")
public class CalendarHoliday extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "holiday_date")
    public LocalDate date;
    public String title;
    @Enumerated(EnumType.STRING)
    public HolidayScope scope;
    public String addedBy;
    public OffsetDateTime addedAt;

    public Holiday toHoliday() {
        return new Holiday(date, title, scope, Holiday.Source.SPOC);
    }
}
