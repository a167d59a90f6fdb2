package vn.tiepdan.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Lịch tiếp công dân: a recurring reception slot of a unit, presided by one official, over a validity period. */
@Entity
@Table(name = "reception_schedule")
class ReceptionSchedule {
    @Id
    UUID id;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Column(name = "presiding_official_id", nullable = false)
    UUID presidingOfficialId;
    @Column(nullable = false)
    String title;
    @Column(nullable = false)
    String rrule;
    @Column(name = "start_time", nullable = false)
    LocalTime startTime;
    @Column(name = "end_time", nullable = false)
    LocalTime endTime;
    @Column(name = "reception_place_id")
    UUID receptionPlaceId;
    @Column(name = "place_text")
    String placeText;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReceptionKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Program program;
    @Enumerated(EnumType.STRING)
    @Column(name = "holiday_policy", nullable = false)
    HolidayPolicy holidayPolicy;
    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;
    @Column(name = "valid_to")
    LocalDate validTo;
    @Column(name = "published_at")
    Instant publishedAt;
    @Column(name = "ended_at")
    Instant endedAt;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "updated_by")
    String updatedBy;

    protected ReceptionSchedule() {
    }

    ReceptionSchedule(UUID orgUnitId, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.orgUnitId = orgUnitId;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
