package vn.tiepdan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.shared.security.CurrentUser;

/**
 * Changes that reach back into a period whose report was already submitted or accepted: they are allowed (the book
 * must tell the truth), but the frozen report no longer matches its source, so the change is logged on each
 * covering submission (visible to the inspectorate in its log) and in the audit trail (DOMAIN.md §7.3 item 1:
 * a submitted report is a frozen snapshot; §8.4 audit trail; ND 55/2022 Art. 8: no silent alteration of data).
 */
@ApplicationScoped
public class SubmittedPeriods {
    public static final String CHANGED_AFTER = "CHANGED_AFTER";
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EntityManager em;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;

    SubmittedPeriods(EntityManager em, AuditTrail audit, CurrentUser user, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** A submitted or accepted report whose period holds the day, of the unit or a unit above it. */
    public record Covering(UUID submissionId, String periodCode, String unitCode) {
    }

    public List<Covering> covering(UUID unitId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.period_code, u.code from report_submission s
                join org_unit u on u.id = s.org_unit_id
                join org_unit v on v.id = ?1
                where s.status in ('SUBMITTED', 'ACCEPTED') and ?2 between s.from_on and s.to_on
                  and v.path like u.path || '%'
                order by s.from_on, u.code""").setParameter(1, unitId).setParameter(2, day).getResultList();
        List<Covering> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Covering((UUID) r[0], (String) r[1], (String) r[2]));
        }
        return out;
    }

    /**
     * Logs a change dated {@code day} of the unit on every covering submission; returns them (empty: nothing to
     * warn about). {@code what} names the record without personal data (e.g. the book number).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Covering> recordChange(UUID unitId, LocalDate day, String entityType, UUID entityId, String what) {
        List<Covering> found = covering(unitId, day);
        for (Covering c : found) {
            ReportSubmissionEvent e = new ReportSubmissionEvent();
            e.id = UUID.randomUUID();
            e.submissionId = c.submissionId();
            e.at = clock.instant();
            e.action = CHANGED_AFTER;
            e.actor = user.username();
            e.comment = what + " ngày " + VN.format(day) + " được ghi/sửa sau khi báo cáo đã nộp";
            em.persist(e);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("change", "CHANGED_AFTER_SUBMISSION");
            details.put("entityType", entityType);
            details.put("entityId", entityId.toString());
            details.put("day", day.toString());
            details.put("periodCode", c.periodCode());
            audit.record(AuditAction.UPDATE, "report_submission", c.submissionId(), null, details);
        }
        return found;
    }
}
