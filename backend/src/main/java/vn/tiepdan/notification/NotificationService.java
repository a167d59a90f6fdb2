package vn.tiepdan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.CurrentUser;

/** The caller's own notifications: a user never reads or marks another user's. */
@ApplicationScoped
public class NotificationService {
    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;

    NotificationService(EntityManager em, CurrentUser user, Clock clock) {
        this.em = em;
        this.user = user;
        this.clock = clock;
    }

    @Schema(description = "One in-app notification.")
    public record NotificationView(
            @Schema(description = "Id of the notification.") UUID id,
            @Schema(description = "DUE_SOON, OVERDUE, ASSIGNED or TRANSFERRED_IN.") NotificationKind kind,
            @Schema(description = "Case concerned, if any.") UUID caseId,
            @Schema(description = "Petition concerned, if any.") UUID petitionId,
            @Schema(description = "Deadline concerned, if any.") UUID deadlineId,
            @Schema(description = "Due date of the deadline, if any.") LocalDate dueOn,
            @Schema(description = "Text (numbers and kinds; never a person's identity).",
                    example = "Sắp đến hạn: 3/2026/KN (KN.RESOLVE_L1), hạn 04/12/2026") String title,
            @Schema(description = "When it was created.") Instant createdAt,
            @Schema(description = "When it was read; empty while unread.") Instant readAt) {
    }

    @Schema(description = "How many notifications are unread.")
    public record UnreadCount(@Schema(description = "Unread notifications of the caller.", example = "3") long count) {
    }

    private static final String COLUMNS = "select id, kind, case_id, petition_id, deadline_id, due_on, title, "
            + "created_at, read_at from notification";

    @Transactional
    @SuppressWarnings("unchecked")
    public PageResponse<NotificationView> list(Boolean unread, PageParams page) {
        String where = " where recipient_username = :me" + (unread == null ? ""
                : unread ? " and read_at is null" : " and read_at is not null");
        long total = ((Number) em.createNativeQuery("select count(*) from notification" + where)
                .setParameter("me", user.username()).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery(COLUMNS + where + " order by created_at desc, id limit :limit "
                + "offset :offset").setParameter("me", user.username()).setParameter("limit", page.size())
                .setParameter("offset", page.offset()).getResultList();
        return PageResponse.of(rows.stream().map(NotificationService::view).toList(), page, total);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public NotificationView markRead(UUID id) {
        em.createNativeQuery("update notification set read_at = :at where id = :id and recipient_username = :me and "
                + "read_at is null").setParameter("at", Instant.now(clock)).setParameter("id", id)
                .setParameter("me", user.username()).executeUpdate();
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " where id = :id and recipient_username = :me")
                .setParameter("id", id).setParameter("me", user.username()).getResultList();
        return rows.stream().map(NotificationService::view).findFirst().orElseThrow(ProblemException::notFound);
    }

    @Transactional
    public UnreadCount unread() {
        return new UnreadCount(((Number) em.createNativeQuery("select count(*) from notification where "
                + "recipient_username = :me and read_at is null").setParameter("me", user.username())
                .getSingleResult()).longValue());
    }

    private static NotificationView view(Object[] r) {
        return new NotificationView((UUID) r[0], NotificationKind.valueOf((String) r[1]), (UUID) r[2], (UUID) r[3],
                (UUID) r[4], r[5] == null ? null : r[5] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[5],
                (String) r[6], instant(r[7]), instant(r[8]));
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
