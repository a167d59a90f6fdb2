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
import java.util.List;
import java.util.UUID;
import vn.tiepdan.shared.api.ProblemException;

/**
 * Kỳ/buổi tiếp: one dated reception session. Its status changes only through {@link #require}, which checks the
 * action against {@link SessionTransitions}; an illegal action is a 409 listing the allowed ones.
 */
@Entity
@Table(name = "reception_session")
class ReceptionSession {
    @Id
    UUID id;
    @Column(name = "schedule_id")
    UUID scheduleId;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Column(name = "session_date", nullable = false)
    LocalDate date;
    @Column(name = "planned_start", nullable = false)
    LocalTime plannedStart;
    @Column(name = "planned_end", nullable = false)
    LocalTime plannedEnd;
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
    @Column(nullable = false)
    SessionStatus status;
    @Column(name = "obligated_head_id", nullable = false)
    UUID obligatedHeadId;
    @Column(name = "presiding_official_id", nullable = false)
    UUID presidingOfficialId;
    @Column(nullable = false)
    boolean delegated;
    @Column(name = "delegation_reason")
    String delegationReason;
    @Column(name = "urgent_reason")
    String urgentReason;
    String notice;
    @Column(name = "postponed_from_id")
    UUID postponedFromId;
    @Column(name = "postponed_to_id")
    UUID postponedToId;
    @Column(name = "actual_start")
    Instant actualStart;
    @Column(name = "actual_end")
    Instant actualEnd;
    @Column(name = "visitors_count")
    Integer visitorsCount;
    @Column(name = "published_at")
    Instant publishedAt;
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

    protected ReceptionSession() {
    }

    ReceptionSession(UUID orgUnitId, LocalDate date, LocalTime start, LocalTime end, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.orgUnitId = orgUnitId;
        this.date = date;
        this.plannedStart = start;
        this.plannedEnd = end;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    List<SessionAction> allowedActions() {
        return SessionTransitions.allowed(status, actualStart != null);
    }

    /** Throws 409 (listing the allowed actions) unless the action is allowed in the current state. */
    void require(SessionAction action) {
        List<SessionAction> allowed = allowedActions();
        if (!allowed.contains(action)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            throw ProblemException.actionNotAllowed("status", names, "session.action.not-allowed", action.name(),
                    status.name(), names.isEmpty() ? "-" : String.join(", ", names));
        }
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }
}
