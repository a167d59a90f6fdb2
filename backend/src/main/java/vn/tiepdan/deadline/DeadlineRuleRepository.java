package vn.tiepdan.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The effective-dated rows of {@code deadline_rule}. */
@ApplicationScoped
class DeadlineRuleRepository {
    private static final String COLUMNS = "select code, valid_from, valid_to, subject, trigger_event, duration, unit, "
            + "variants::text, pauses_excluded, needs_legal_confirmation, legal_basis, note, version from deadline_rule ";

    private final EntityManager em;
    private final ObjectMapper json;

    DeadlineRuleRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    List<DeadlineRule> inForce(LocalDate day) {
        return list(COLUMNS + "where valid_from <= ?1 and (valid_to is null or valid_to >= ?1) order by code", day);
    }

    List<DeadlineRule> versions(String code) {
        return list(COLUMNS + "where code = ?1 order by valid_from", code);
    }

    Optional<DeadlineRule> inForce(String code, LocalDate day) {
        return list(COLUMNS + "where code = ?1 and valid_from <= ?2 and (valid_to is null or valid_to >= ?2)", code,
                day).stream().findFirst();
    }

    Optional<DeadlineRule> find(String code, LocalDate validFrom) {
        return list(COLUMNS + "where code = ?1 and valid_from = ?2 for update", code, validFrom).stream().findFirst();
    }

    Optional<DeadlineRule> version(String code, LocalDate validFrom) {
        return list(COLUMNS + "where code = ?1 and valid_from = ?2", code, validFrom).stream().findFirst();
    }

    boolean exists(String code) {
        return ((Number) em.createNativeQuery("select count(*) from deadline_rule where code = ?1")
                .setParameter(1, code).getSingleResult()).longValue() > 0;
    }

    void update(DeadlineRule rule, Instant now, String by) {
        em.createNativeQuery("update deadline_rule set valid_to = ?3, duration = ?4, unit = ?5, variants = cast(?6 as "
                + "jsonb), needs_legal_confirmation = ?7, legal_basis = ?8, note = ?9, version = version + 1, "
                + "updated_at = ?10, updated_by = ?11 where code = ?1 and valid_from = ?2")
                .setParameter(1, rule.code()).setParameter(2, rule.validFrom()).setParameter(3, rule.validTo())
                .setParameter(4, rule.duration()).setParameter(5, rule.unit().name())
                .setParameter(6, write(rule.variants())).setParameter(7, rule.needsLegalConfirmation())
                .setParameter(8, rule.legalBasis()).setParameter(9, rule.note()).setParameter(10, now)
                .setParameter(11, by).executeUpdate();
    }

    void delete(String code, LocalDate validFrom) {
        em.createNativeQuery("delete from deadline_rule where code = ?1 and valid_from = ?2")
                .setParameter(1, code).setParameter(2, validFrom).executeUpdate();
    }

    void insert(DeadlineRule rule, Instant now, String by) {
        em.createNativeQuery("insert into deadline_rule (code, valid_from, valid_to, subject, trigger_event, duration, "
                + "unit, variants, pauses_excluded, needs_legal_confirmation, legal_basis, note, created_at, created_by, "
                + "updated_at, updated_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9, ?10, ?11, ?12, "
                + "?13, ?14, ?13, ?14)")
                .setParameter(1, rule.code()).setParameter(2, rule.validFrom()).setParameter(3, rule.validTo())
                .setParameter(4, rule.subject().name()).setParameter(5, rule.triggerEvent())
                .setParameter(6, rule.duration()).setParameter(7, rule.unit().name())
                .setParameter(8, write(rule.variants())).setParameter(9, rule.pausesExcluded())
                .setParameter(10, rule.needsLegalConfirmation()).setParameter(11, rule.legalBasis())
                .setParameter(12, rule.note()).setParameter(13, now).setParameter(14, by).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<DeadlineRule> list(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new DeadlineRule((String) r[0], date(r[1]),
                date(r[2]), DeadlineSubject.valueOf((String) r[3]), (String) r[4], ((Number) r[5]).intValue(),
                DeadlineUnit.valueOf((String) r[6]), read((String) r[7]), (Boolean) r[8], (Boolean) r[9],
                (String) r[10], (String) r[11], ((Number) r[12]).longValue())).toList();
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deadline_rule.variants is not a JSON object", e);
        }
    }

    private String write(Map<String, Object> variants) {
        try {
            return json.writeValueAsString(variants == null ? Map.of() : variants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
