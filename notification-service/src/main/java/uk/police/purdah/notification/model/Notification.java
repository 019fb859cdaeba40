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

/**
 * One notification owed, at most one per subject (a request or a finding) and {@link Reason}: the unique row is
 * written in the transaction that records the event or the deadline that calls for it, so a redelivered or replayed
 * event sends nothing new. The sender delivers it, retrying with back-off ({@code attempts}, {@code nextAttemptAt})
 * while SMTP is away, and records the addresses it went to.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    public enum Status {
        /** waiting for the sender (again, after a failed attempt) */
        PENDING,
        /** delivered to the SMTP server; {@code notification.sent} announced */
        SENT,
        /** not sent: overtaken (the request was answered first) or no address for any of its roles */
        CANCELLED
    }

    @Id
    public UUID id;
    public UUID electionId;
    public UUID subjectId;
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public Reason reason;
    /** Comma-separated recipient roles (SPOC, CHIEF_CONSTABLE_OFFICE, CHIEF_EXECUTIVE). */
    public String recipientRoles;
    public String kind;
    public String title;
    public LocalDate dueDate;
    public OffsetDateTime dueBy;
    public Integer workingDaysLeft;
    public String detail;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public String lastError;
    /** Comma-separated addresses it was sent to. */
    public String recipients;
    public String mailSubject;
    public OffsetDateTime createdAt;
    public OffsetDateTime sentAt;
}
