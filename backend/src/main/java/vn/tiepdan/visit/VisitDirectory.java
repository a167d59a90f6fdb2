package vn.tiepdan.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tiepdan.schedule.OfficialRef;
import vn.tiepdan.shared.security.Scope;

/** Read-only look-ups the reception book needs from other features' tables (sessions, officials, fields). */
@ApplicationScoped
class VisitDirectory {
    private final EntityManager em;

    VisitDirectory(EntityManager em) {
        this.em = em;
    }

    record SessionInfo(UUID id, UUID unitId, LocalDate date, String status, String kind, String program,
            String channel, UUID presidingOfficialId) {
    }

    record OfficialInfo(UUID id, String fullName, String position, UUID unitId, boolean head, String username) {
    }

    /** The session when its unit lies in the scope. */
    Optional<SessionInfo> session(UUID id, Scope scope) {
        Scope.Condition c = scope.clause("u.path");
        var query = em.createNativeQuery("select s.id, s.org_unit_id, s.session_date, s.status, s.kind, s.program, "
                + "s.channel, s.presiding_official_id from reception_session s join org_unit u on u.id = s.org_unit_id "
                + "where s.id = :id and " + c.where()).setParameter("id", id);
        c.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(r -> new SessionInfo((UUID) r[0], (UUID) r[1], date(r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (UUID) r[7]));
    }

    private static final String OFFICIAL = "select id, full_name, position, org_unit_id, is_head, keycloak_username "
            + "from official ";

    Optional<OfficialInfo> official(UUID id) {
        return officials(em.createNativeQuery(OFFICIAL + "where id = ?1").setParameter(1, id).getResultList())
                .stream().findFirst();
    }

    /** The official record of a user, in office on the day. */
    Optional<OfficialInfo> officialOf(String username, LocalDate day) {
        return officials(em.createNativeQuery(OFFICIAL + "where keycloak_username = ?1 and valid_from <= ?2 "
                + "and (valid_to is null or valid_to >= ?2) order by valid_from desc").setParameter(1, username)
                .setParameter(2, day).getResultList()).stream().findFirst();
    }

    Map<UUID, OfficialRef> refs(Collection<UUID> ids) {
        Map<UUID, OfficialRef> map = new HashMap<>();
        List<UUID> present = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!present.isEmpty()) {
            officials(em.createNativeQuery(OFFICIAL + "where id in (?1)").setParameter(1, present).getResultList())
                    .forEach(o -> map.put(o.id(), new OfficialRef(o.id(), o.fullName(), o.position())));
        }
        return map;
    }

    boolean unitExists(UUID id) {
        return !em.createNativeQuery("select 1 from org_unit where id = ?1").setParameter(1, id).getResultList()
                .isEmpty();
    }

    boolean fieldExists(String code) {
        return !em.createNativeQuery("select 1 from field_category where code = ?1").setParameter(1, code)
                .getResultList().isEmpty();
    }

    List<VisitDtos.FieldCategory> fields(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, parent_code, label_vi, applies_to from field_category "
                + "where valid_from <= ?1 and (valid_to is null or valid_to >= ?1) order by sort_order, code")
                .setParameter(1, day).getResultList();
        return rows.stream().map(r -> new VisitDtos.FieldCategory((String) r[0], (String) r[1], (String) r[2],
                Arrays.stream(((String) r[3]).split(",")).map(String::strip).map(Classification::valueOf).toList()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<OfficialInfo> officials(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new OfficialInfo((UUID) r[0], (String) r[1], (String) r[2],
                (UUID) r[3], (Boolean) r[4], (String) r[5])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
