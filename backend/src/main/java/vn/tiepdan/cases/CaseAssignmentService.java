package vn.tiepdan.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.cases.CaseAccess.CaseRef;
import vn.tiepdan.confidential.IdentityVault;
import vn.tiepdan.notification.NotificationKind;
import vn.tiepdan.notification.Notifications;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;

/**
 * Handlers and verifiers of a case (CaseAssignment, DOMAIN.md §5.4): the unit leader assigns an official of the
 * case's unit subtree who has an account; the previous open assignment of the same role ends, the case's handler
 * follows, a timeline step, an audit event and an ASSIGNED notification are written in the same transaction.
 */
@ApplicationScoped
public class CaseAssignmentService {
    static final String ENTITY = "case_file";

    private final EntityManager em;
    private final CaseAccess access;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final CurrentUser user;
    private final Clock clock;
    private final IdentityVault vault;

    CaseAssignmentService(EntityManager em, CaseAccess access, CaseTimeline timeline, AuditTrail audit,
            Notifications notifications, CurrentUser user, Clock clock, IdentityVault vault) {
        this.vault = vault;
        this.em = em;
        this.access = access;
        this.timeline = timeline;
        this.audit = audit;
        this.notifications = notifications;
        this.user = user;
        this.clock = clock;
    }

    /** The role of an assignment. */
    public enum AssignmentRole {
        HANDLER, VERIFIER
    }

    @Schema(description = "Assign a handler or a verifier to a case.")
    public record AssignRequest(
            @Schema(description = "Version of the case as read; a stale one is 409.", example = "3") Long version,
            @Schema(description = "Keycloak username of an official of the case's unit subtree.",
                    example = "xuly.tranbien") String username,
            @Schema(description = "HANDLER (the resolver, shown in the inbox) or VERIFIER.", example = "HANDLER")
            AssignmentRole role,
            @Schema(description = "Why (optional, max 1000 characters).", example = "Phân công xử lý")
            String reason) {
    }

    @Schema(description = "One assignment of a case, open (toAt empty) or ended.")
    public record AssignmentView(
            @Schema(description = "Id of the assignment.") UUID id,
            @Schema(description = "Id of the case.") UUID caseId,
            @Schema(description = "Unit the case was in when assigned.") UUID orgUnitId,
            @Schema(description = "Username of the assignee.", example = "xuly.tranbien") String username,
            @Schema(description = "Name of the assignee.", example = "Lê Minh Tuấn") String displayName,
            @Schema(description = "HANDLER or VERIFIER.") AssignmentRole role,
            @Schema(description = "Start of the assignment.") Instant fromAt,
            @Schema(description = "End of the assignment; empty while open.") Instant toAt,
            @Schema(description = "Reason given.") String reason,
            @Schema(description = "Who assigned.", example = "chutich.tranbien") String assignedBy) {
    }

    @Schema(description = "The new assignment and the case's new version.")
    public record Assigned(
            @Schema(description = "The assignment made.") AssignmentView assignment,
            @Schema(description = "Version of the case after the assignment.", example = "4") long caseVersion) {
    }

    /** The case if the caller may act on it: 404 outside the scope, 403 on a read-only trace. */
    CaseRef writable(UUID caseId) {
        CaseRef ref = access.find(caseId).orElseThrow(ProblemException::notFound);
        if (!ref.writable()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.read-only");
        }
        return ref;
    }

    /** Locks the case row and checks the version the caller read. */
    long lockAndCheck(UUID caseId, Long version) {
        long current = ((Number) em.createNativeQuery("select version from case_file where id = :id for update")
                .setParameter("id", caseId).getSingleResult()).longValue();
        if (version == null || version != current) {
            throw ProblemException.staleVersion(current);
        }
        return current;
    }

    /** Bumps the case's version and touch columns; returns the new version. */
    long touch(UUID caseId) {
        return ((Number) em.createNativeQuery("update case_file set version = version + 1, updated_at = :at, "
                + "updated_by = :by where id = :id returning version").setParameter("at", Instant.now(clock))
                .setParameter("by", user.username()).setParameter("id", caseId).getSingleResult()).longValue();
    }

    /** Ends every open assignment of the case (of one role, or all when role is null). */
    void closeOpen(UUID caseId, AssignmentRole role, Instant at) {
        var q = em.createNativeQuery("update case_assignment set to_at = :at where case_id = :id and to_at is null"
                + (role == null ? "" : " and role = :role")).setParameter("at", at).setParameter("id", caseId);
        if (role != null) {
            q.setParameter("role", role.name());
        }
        q.executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Assigned assign(UUID caseId, AssignRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.username(), "username");
        v.require(r.role(), "role");
        v.maxLength(r.reason(), 1000, "reason");
        v.throwIfAny();
        CaseRef ref = writable(caseId);
        if (CaseTransferService.terminal(ref.caseType(), ref.status())) {
            throw ProblemException.actionNotAllowed("status", List.of(), "case.handling.terminal", ref.status());
        }
        lockAndCheck(caseId, r.version());
        LocalDate today = LocalDate.now(clock);
        List<Object[]> officials = em.createNativeQuery("select o.full_name, o.keycloak_username from official o "
                + "join org_unit u on u.id = o.org_unit_id where o.keycloak_username = :username and u.path like "
                + ":path and o.valid_from <= :today and (o.valid_to is null or o.valid_to >= :today)")
                .setParameter("username", r.username().strip()).setParameter("path", ref.unitPath() + "%")
                .setParameter("today", today).getResultList();
        if (officials.isEmpty()) {
            throw ProblemException.invalid("username", "NOT_AN_OFFICIAL_OF_UNIT", "case.assign.not-official");
        }
        String name = (String) officials.get(0)[0];
        String username = (String) officials.get(0)[1];
        Instant now = Instant.now(clock);
        closeOpen(caseId, r.role(), now);
        UUID id = UUID.randomUUID();
        String reason = redact(ref, r.reason());
        em.createNativeQuery("insert into case_assignment (id, case_id, org_unit_id, username, display_name, role, "
                + "from_at, reason, assigned_by) values (:id, :case, :unit, :username, :name, :role, :at, :reason, :by)")
                .setParameter("id", id).setParameter("case", caseId).setParameter("unit", ref.orgUnitId())
                .setParameter("username", username).setParameter("name", name).setParameter("role", r.role().name())
                .setParameter("at", now).setParameter("reason", reason).setParameter("by", user.username())
                .executeUpdate();
        if (r.role() == AssignmentRole.HANDLER) {
            em.createNativeQuery("update case_file set handler_username = :u, handler_name = :n where id = :id")
                    .setParameter("u", username).setParameter("n", name).setParameter("id", caseId).executeUpdate();
        }
        long version = touch(caseId);
        timeline.append(caseId, "ASSIGN", ref.status(), ref.status(), ref.orgUnitId(),
                (r.role() == AssignmentRole.HANDLER ? "Phân công người giải quyết: " : "Phân công người xác minh: ")
                        + name, null, null, Map.of("role", r.role().name(), "username", username));
        audit.record(AuditAction.UPDATE, ENTITY, caseId, null, Map.of("action", "ASSIGN", "role", r.role().name(),
                "username", username));
        notifications.notify(username, NotificationKind.ASSIGNED, caseId, null, null, null,
                "Được phân công " + (r.role() == AssignmentRole.HANDLER ? "giải quyết" : "xác minh") + " hồ sơ "
                        + ref.caseNo() + " (" + Notifications.typeLabel(ref.caseType()) + ")",
                "ASSIGNED:" + id + ":" + username);
        return new Assigned(new AssignmentView(id, caseId, ref.orgUnitId(), username, name, r.role(), now, null,
                reason, user.username()), version);
    }

    /** A free text of a confidential case without any mention of the denouncer (Luật TC Art. 56(2)). */
    String redact(CaseRef ref, String text) {
        return ref.confidential() ? vault.redact(ref.denouncerRef(), text) : text;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<AssignmentView> list(UUID caseId) {
        access.find(caseId).orElseThrow(ProblemException::notFound);
        List<Object[]> rows = em.createNativeQuery("select id, case_id, org_unit_id, username, display_name, role, "
                + "from_at, to_at, reason, assigned_by from case_assignment where case_id = :id order by from_at, id")
                .setParameter("id", caseId).getResultList();
        return rows.stream().map(r -> new AssignmentView((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], AssignmentRole.valueOf((String) r[5]), instant(r[6]), instant(r[7]), (String) r[8],
                (String) r[9])).toList();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp " + value.getClass());
    }
}
