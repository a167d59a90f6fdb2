package vn.tiepdan.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An exception to the Monday–Friday working week, maintained by administrators. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {
    @Id
    private UUID id;
    @Column(nullable = false)
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CalendarDayKind kind;
    @Column(nullable = false)
    private String name;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Column(nullable = false)
    private boolean verified;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "close_reason")
    private String closeReason;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, CalendarDayKind kind, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.day = day;
        this.kind = kind;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void describe(String name, String legalBasis, boolean verified) {
        this.name = name;
        this.legalBasis = legalBasis;
        this.verified = verified;
    }

    void change(CalendarDayKind kind) {
        this.kind = kind;
    }

    void close(String reason, Instant now, String by) {
        this.closedAt = now;
        this.closeReason = reason;
        touch(now, by);
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    UUID id() {
        return id;
    }

    LocalDate day() {
        return day;
    }

    CalendarDayKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String legalBasis() {
        return legalBasis;
    }

    boolean verified() {
        return verified;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closeReason() {
        return closeReason;
    }

    long version() {
        return version;
    }

    CalendarDayView view() {
        return new CalendarDayView(id, day, kind, name, legalBasis, verified, closedAt, closeReason, version);
    }
}
