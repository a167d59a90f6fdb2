package vn.tiepdan.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read-only look-ups of officials and reception places that scheduling needs (native SQL on their tables). */
@ApplicationScoped
class Directory {
    private final EntityManager em;

    Directory(EntityManager em) {
        this.em = em;
    }

    record OfficialInfo(UUID id, String fullName, String position, UUID unitId, String username, boolean head,
            LocalDate validFrom, LocalDate validTo) {
        boolean inOfficeOn(LocalDate day) {
            return !day.isBefore(validFrom)
                    && (validTo == null || !day.isAfter(validTo));
        }

        OfficialRef ref() {
            return new OfficialRef(id, fullName, position);
        }
    }

    private static final String OFFICIAL_COLUMNS = "select id, full_name, position, org_unit_id, keycloak_username, "
            + "is_head, valid_from, valid_to from official ";

    Optional<OfficialInfo> official(UUID id) {
        return officials(em.createNativeQuery(OFFICIAL_COLUMNS + "where id = ?1").setParameter(1, id)
                .getResultList()).stream().findFirst();
    }

    /** The head of the unit in office on the day (the official obliged to receive, Luật TCD Art. 15, 18). */
    Optional<OfficialInfo> headOf(UUID unitId, LocalDate day) {
        return officials(em.createNativeQuery(OFFICIAL_COLUMNS + "where org_unit_id = ?1 and is_head "
                + "and valid_from <= ?2 and (valid_to is null or valid_to >= ?2) order by valid_from desc")
                .setParameter(1, unitId).setParameter(2, day).getResultList()).stream().findFirst();
    }

    Map<UUID, OfficialRef> refs(Collection<UUID> ids) {
        Map<UUID, OfficialRef> map = new HashMap<>();
        if (!ids.isEmpty()) {
            officials(em.createNativeQuery(OFFICIAL_COLUMNS + "where id in (?1)").setParameter(1, ids)
                    .getResultList()).forEach(o -> map.put(o.id(), o.ref()));
        }
        return map;
    }

    /** "name, address" of a reception place of the unit, if it belongs to the unit. */
    Optional<String> place(UUID placeId, UUID unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, address from reception_place where id = ?1 "
                + "and org_unit_id = ?2").setParameter(1, placeId).setParameter(2, unitId).getResultList();
        return rows.stream().findFirst().map(r -> r[0] + ", " + r[1]);
    }

    @SuppressWarnings("unchecked")
    private static List<OfficialInfo> officials(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new OfficialInfo((UUID) r[0], (String) r[1],
                (String) r[2], (UUID) r[3], (String) r[4], (Boolean) r[5], toDate(r[6]), toDate(r[7]))).toList();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
