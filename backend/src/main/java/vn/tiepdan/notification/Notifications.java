package vn.tiepdan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes in-app notifications (table notification). Every insert is idempotent by its dedup key, so a repeated scan
 * or a replayed request never notifies twice. Titles carry numbers and kinds only, never a person's identity.
 */
@ApplicationScoped
public class Notifications {
    private final EntityManager em;
    private final Clock clock;

    Notifications(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** One notification; false when one with the same dedup key exists already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notify(String recipient, NotificationKind kind, UUID caseId, UUID petitionId, UUID deadlineId,
            LocalDate dueOn, String title, String dedupKey) {
        return em.createNativeQuery("insert into notification (id, recipient_username, kind, case_id, petition_id, "
                + "deadline_id, due_on, title, created_at, dedup_key) values (:id, :to, :kind, :case, :petition, "
                + ":deadline, :due, :title, :at, :key) on conflict (dedup_key) do nothing")
                .setParameter("id", UUID.randomUUID()).setParameter("to", recipient).setParameter("kind", kind.name())
                .setParameter("case", caseId).setParameter("petition", petitionId).setParameter("deadline", deadlineId)
                .setParameter("due", dueOn).setParameter("title", title).setParameter("at", Instant.now(clock))
                .setParameter("key", dedupKey).executeUpdate() > 0;
    }

    /** The Vietnamese label of a case type, for titles. */
    public static String typeLabel(String caseType) {
        return switch (caseType == null ? "" : caseType) {
            case "KHIEU_NAI" -> "Khiếu nại";
            case "TO_CAO" -> "Tố cáo";
            case "KIEN_NGHI_PHAN_ANH" -> "Kiến nghị, phản ánh";
            default -> "Đơn";
        };
    }

    /** Usernames of the head and deputies of a unit in office today that have an account. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<String> leadersOf(UUID unitId) {
        return em.createNativeQuery("select distinct keycloak_username from official where org_unit_id = :unit and "
                + "(is_head or is_deputy) and keycloak_username is not null and valid_from <= :today and "
                + "(valid_to is null or valid_to >= :today) order by 1").setParameter("unit", unitId)
                .setParameter("today", LocalDate.now(clock)).getResultList();
    }
}
