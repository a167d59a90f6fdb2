package vn.tiepdan.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

/** Small helpers the calculators share: unit id arrays, read-only native queries, drill rows. */
final class ReportSql {
    private ReportSql() {
    }

    /**
     * A PostgreSQL uuid[] literal, used as {@code = any(array(select unnest(cast(?1 as uuid[]))))}: the array is then
     * parsed once (an init plan); a bare {@code any(cast(?1 as uuid[]))} of a text parameter is parsed for every row
     * (12 s instead of 1 s for 01/TCD on a province's year, make bench-reports). Write it with {@link #ANY_UNIT_P1}
     * or {@link #ANY_UNIT_IDS}.
     */
    static final String ANY_UNIT_P1 = "any(array(select unnest(cast(?1 as uuid[]))))";
    /** The same for the named parameter {@code :ids}. */
    static final String ANY_UNIT_IDS = "any(array(select unnest(cast(:ids as uuid[]))))";

    static String uuidArray(Collection<UUID> ids) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        ids.forEach(id -> j.add(id.toString()));
        return j.toString();
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\?(\\d+)");

    /**
     * A read-only native query with positional parameters ?1, ?2, ...; those the SQL does not name are skipped and
     * the others renumbered (Hibernate wants ordinal labels without gaps).
     */
    static Query query(EntityManager em, String sql, Object... params) {
        java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
        java.util.regex.Matcher m = ORDINAL.matcher(sql);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> order = new ArrayList<>(used);
        String renumbered = ORDINAL.matcher(sql).replaceAll(r -> "?" + (order.indexOf(Integer.parseInt(r.group(1))) + 1));
        Query q = em.createNativeQuery(renumbered).setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < order.size(); i++) {
            q.setParameter(i + 1, params[order.get(i) - 1]);
        }
        return q;
    }

    /** Accumulates one aggregate row's values into the unit's array at the given column positions (1-based). */
    static void put(Map<UUID, BigDecimal[]> out, int width, UUID unit, int[] columns, Object[] row, int firstValue) {
        BigDecimal[] v = out.computeIfAbsent(unit, k -> {
            BigDecimal[] z = new BigDecimal[width];
            java.util.Arrays.fill(z, BigDecimal.ZERO);
            return z;
        });
        for (int i = 0; i < columns.length; i++) {
            Object o = row[firstValue + i];
            if (o != null) {
                v[columns[i] - 1] = v[columns[i] - 1].add(new BigDecimal(o.toString()));
            }
        }
    }

    static Map<UUID, BigDecimal[]> newValues() {
        return new HashMap<>();
    }

    /**
     * Runs a drill query whose select list is: record_type, id, number, date, unit code, unit name, classification,
     * status, title, confidential, count(*) over () — paged with limit/offset appended here.
     */
    @SuppressWarnings("unchecked")
    static PageResponse<DrillItem> drill(EntityManager em, String sql, PageParams page, Object... params) {
        Query q = query(em, sql + " limit " + page.size() + " offset " + page.offset(), params);
        List<Object[]> rows = q.getResultList();
        List<DrillItem> items = new ArrayList<>();
        long total = 0;
        for (Object[] r : rows) {
            boolean confidential = Boolean.TRUE.equals(r[9]);
            items.add(new DrillItem((String) r[0], (UUID) r[1], (String) r[2], date(r[3]), (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], confidential ? null : (String) r[8], confidential));
            total = ((Number) r[10]).longValue();
        }
        if (rows.isEmpty() && page.offset() > 0) {
            List<Object[]> again = query(em, sql + " limit 1", params).getResultList();
            total = again.isEmpty() ? 0 : ((Number) again.get(0)[10]).longValue();
        }
        return PageResponse.of(items, page, total);
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
