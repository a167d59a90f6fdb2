package vn.tiepdan.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.cases.CaseAccess.CaseRef;
import vn.tiepdan.document.RedactedCopy;
import vn.tiepdan.notification.NotificationKind;
import vn.tiepdan.notification.Notifications;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;

/**
 * Transfers of a case (chuyển hồ sơ, DOMAIN.md §6.2–§6.5): to another unit of the tree (the case moves to its inbox
 * with its running deadlines; the sender keeps a read-only trace through {@link CaseAccess}) or to an external body
 * (only where the state machine ends in TRANSFERRED). A denunciation always travels as a redacted copy (Luật Tố cáo
 * 2018, Điều 56(2)).
 */
@ApplicationScoped
public class CaseTransferService {
    /** States in which nothing more happens to a case (no assignment, no transfer). */
    static final Set<String> TERMINAL = Set.of("NOT_ACCEPTED", "TERMINATED", "ENFORCED", "IN_COURT", "ARCHIVED",
            "INSPECTION_REFERRAL", "CLOSED", "CRIMINAL_REFERRAL");
    /** (type, state) pairs from which an external transfer ends the case as TRANSFERRED (§6.4.3, §6.5). */
    static final Set<String> EXTERNAL_ALLOWED = Set.of("TO_CAO:INTAKE_CHECK", "KIEN_NGHI_PHAN_ANH:RECEIVED");
    /** Deadline kinds an external transfer fulfils; the others are cancelled. */
    static final Set<String> MET_BY_TRANSFER = Set.of("TRANSFER", "INTAKE", "PROCESS");

    private final EntityManager em;
    private final CaseAssignmentService cases;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final RedactedCopy redactedCopy;
    private final CaseAccess access;
    private final CurrentUser user;
    private final Clock clock;

    CaseTransferService(EntityManager em, CaseAssignmentService cases, CaseTimeline timeline, AuditTrail audit,
            Notifications notifications, RedactedCopy redactedCopy, CaseAccess access, CurrentUser user,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.timeline = timeline;
        this.audit = audit;
        this.notifications = notifications;
        this.redactedCopy = redactedCopy;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    @Schema(description = "Transfer a case to another unit of the tree (toUnitId) or to an external body.")
    public record TransferRequest(
            @Schema(description = "Version of the case as read; a stale one is 409.", example = "3") Long version,
            @Schema(description = "Receiving unit of the tree (any current unit of the province, not the current "
                    + "one). Exactly one of toUnitId and externalBody.") UUID toUnitId,
            @Schema(description = "External competent body (e.g. a ministry, the police); the case ends here as "
                    + "TRANSFERRED.", example = "Công an tỉnh Đồng Nai") String externalBody,
            @Schema(description = "Number of the transfer slip (phiếu chuyển).", example = "15/PC-UBND")
            String slipNo,
            @Schema(description = "Form of the slip, e.g. TT05/2021-M04.", example = "TT05/2021-M04")
            String formCode,
            @Schema(description = "Why the case is transferred.", example = "Không thuộc thẩm quyền giải quyết")
            String reason) {
    }

    @Schema(description = "One transfer of a case.")
    public record TransferView(
            @Schema(description = "Id of the transfer.") UUID id,
            @Schema(description = "Id of the case.") UUID caseId,
            @Schema(description = "Sending unit.") UUID fromUnitId,
            @Schema(description = "Receiving unit of the tree, if internal.") UUID toUnitId,
            @Schema(description = "External body, if external.") String externalBody,
            @Schema(description = "Number of the transfer slip.", example = "15/PC-UBND") String slipNo,
            @Schema(description = "Form of the slip.", example = "TT05/2021-M04") String formCode,
            @Schema(description = "When.") Instant transferredAt,
            @Schema(description = "Who.", example = "chutich.tranbien") String transferredBy,
            @Schema(description = "Why (without identity).") String reason,
            @Schema(description = "True when the denouncer's identity was removed (redacted copy sent).")
            boolean redactionApplied,
            @Schema(description = "The redacted copy sent, for a denunciation.") UUID redactedDocumentId,
            @Schema(description = "Number of the receiver's reply, once recorded.") String replyDocNo,
            @Schema(description = "Date of the receiver's reply.") LocalDate replyOn) {
    }

    @Schema(description = "The transfer made and the case's new state.")
    public record Transferred(
            @Schema(description = "The transfer.") TransferView transfer,
            @Schema(description = "Status of the case after the transfer.", example = "INTAKE_CHECK") String status,
            @Schema(description = "Version of the case after the transfer.", example = "4") long caseVersion) {
    }

    /**
     * Whether the case is over: the final states, and TRANSFERRED except for a petition/feedback, whose transfer is
     * followed up until the receiver replies (DOMAIN.md §6.5).
     */
    static boolean terminal(String caseType, String status) {
        return TERMINAL.contains(status) || ("TRANSFERRED".equals(status) && !"KIEN_NGHI_PHAN_ANH".equals(caseType));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Transferred transfer(UUID caseId, TransferRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.slipNo(), "slipNo");
        v.require(r.reason(), "reason");
        v.maxLength(r.slipNo(), 64, "slipNo");
        v.maxLength(r.formCode(), 32, "formCode");
        v.maxLength(r.externalBody(), 300, "externalBody");
        v.maxLength(r.reason(), 2000, "reason");
        boolean external = r.externalBody() != null && !r.externalBody().isBlank();
        if (external == (r.toUnitId() != null)) {
            v.add("toUnitId", "ONE_TARGET", "case.transfer.one-target");
        }
        v.throwIfAny();
        CaseRef ref = cases.writable(caseId);
        if (terminal(ref.caseType(), ref.status())) {
            throw ProblemException.actionNotAllowed("status", List.of(), "case.handling.terminal", ref.status());
        }
        if (external && !EXTERNAL_ALLOWED.contains(ref.caseType() + ":" + ref.status())) {
            throw ProblemException.actionNotAllowed("status", List.of(), "case.transfer.external-state",
                    ref.status());
        }
        String toName = null;
        if (!external) {
            List<Object[]> units = em.createNativeQuery("select id, name from org_unit where id = :id and valid_from "
                    + "<= :today and (valid_to is null or valid_to >= :today)").setParameter("id", r.toUnitId())
                    .setParameter("today", LocalDate.now(clock)).getResultList();
            if (units.isEmpty()) {
                throw ProblemException.invalid("toUnitId", "UNKNOWN_UNIT", "case.transfer.unknown-unit");
            }
            if (r.toUnitId().equals(ref.orgUnitId())) {
                throw ProblemException.invalid("toUnitId", "SAME_UNIT", "case.transfer.same-unit");
            }
            toName = (String) units.get(0)[1];
        }
        cases.lockAndCheck(caseId, r.version());
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        boolean denunciation = "TO_CAO".equals(ref.caseType());
        UUID redactedId = denunciation ? redactedCopy.produce(caseId, null) : null;
        String reason = cases.redact(ref, r.reason().strip());
        String toStatus = ref.status();
        if (external) {
            toStatus = "TRANSFERRED";
            // A denunciation ends here; a petition/feedback stays open for the follow-up of the receiver's reply.
            em.createNativeQuery("update case_file set status = 'TRANSFERRED', closed_on = case when case_type = "
                    + "'TO_CAO' then cast(:today as date) else closed_on end where id = :id")
                    .setParameter("today", today).setParameter("id", caseId).executeUpdate();
            em.createNativeQuery("update legal_deadline set status = case when kind in (:met) and status = 'ACTIVE' "
                    + "then 'MET' else 'CANCELLED' end, met_on = case when kind in (:met) and status = 'ACTIVE' then "
                    + "cast(:today as date) else met_on end, on_time = case when kind in (:met) and status = 'ACTIVE' "
                    + "then due_on is null or cast(:today as date) <= due_on else on_time end, version = version + 1 "
                    + "where case_id = :id and status in ('ACTIVE', 'PAUSED')")
                    .setParameter("met", MET_BY_TRANSFER).setParameter("today", today).setParameter("id", caseId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("update case_file set org_unit_id = :to, handler_username = null, handler_name = "
                    + "null where id = :id").setParameter("to", r.toUnitId()).setParameter("id", caseId)
                    .executeUpdate();
            cases.closeOpen(caseId, null, now);
            em.createNativeQuery("update legal_deadline set org_unit_id = :to, version = version + 1 where case_id = "
                    + ":id and status in ('ACTIVE', 'PAUSED')").setParameter("to", r.toUnitId())
                    .setParameter("id", caseId).executeUpdate();
        }
        long version = cases.touch(caseId);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into case_transfer (id, case_id, from_unit_id, to_unit_id, external_body, slip_no, "
                + "form_code, transferred_at, transferred_by, reason, redaction_applied, redacted_document_id) values "
                + "(:id, :case, :from, :to, :ext, :slip, :form, :at, :by, :reason, :redacted, :doc)")
                .setParameter("id", id).setParameter("case", caseId).setParameter("from", ref.orgUnitId())
                .setParameter("to", external ? null : r.toUnitId())
                .setParameter("ext", external ? r.externalBody().strip() : null)
                .setParameter("slip", r.slipNo().strip()).setParameter("form", r.formCode()).setParameter("at", now)
                .setParameter("by", user.username()).setParameter("reason", reason)
                .setParameter("redacted", denunciation).setParameter("doc", redactedId).executeUpdate();
        String target = external ? r.externalBody().strip() : toName;
        Map<String, Object> data = new HashMap<>();
        data.put("transferId", id.toString());
        data.put("external", external);
        data.put("slipNo", r.slipNo().strip());
        if (!external) {
            data.put("toUnitId", r.toUnitId().toString());
        }
        timeline.append(caseId, "TRANSFER", ref.status(), toStatus, ref.orgUnitId(), "Chuyển đến " + target
                + " (phiếu " + r.slipNo().strip() + ")", null, redactedId, data);
        audit.record(AuditAction.TRANSFER, CaseAssignmentService.ENTITY, caseId, null, Map.of("transferId",
                id.toString(), "external", external, "to", external ? "external" : r.toUnitId().toString(),
                "redacted", denunciation));
        if (!external) {
            for (String leader : notifications.leadersOf(r.toUnitId())) {
                notifications.notify(leader, NotificationKind.TRANSFERRED_IN, caseId, null, null, null,
                        "Hồ sơ " + ref.caseNo() + " (" + Notifications.typeLabel(ref.caseType())
                                + ") được chuyển đến đơn vị", "TRANSFERRED_IN:" + id + ":" + leader);
            }
        }
        return new Transferred(new TransferView(id, caseId, ref.orgUnitId(), external ? null : r.toUnitId(),
                external ? r.externalBody().strip() : null, r.slipNo().strip(), r.formCode(), now, user.username(),
                reason, denunciation, redactedId, null, null), toStatus, version);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<TransferView> list(UUID caseId) {
        access.find(caseId).orElseThrow(ProblemException::notFound);
        List<Object[]> rows = em.createNativeQuery("select id, case_id, from_unit_id, to_unit_id, external_body, "
                + "slip_no, form_code, transferred_at, transferred_by, reason, redaction_applied, redacted_document_id, "
                + "reply_doc_no, reply_on from case_transfer where case_id = :id order by transferred_at, id")
                .setParameter("id", caseId).getResultList();
        return rows.stream().map(x -> new TransferView((UUID) x[0], (UUID) x[1], (UUID) x[2], (UUID) x[3],
                (String) x[4], (String) x[5], (String) x[6], CaseAssignmentService.instant(x[7]), (String) x[8],
                (String) x[9], (Boolean) x[10], (UUID) x[11], (String) x[12], x[13] == null ? null
                        : x[13] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) x[13])).toList();
    }
}
