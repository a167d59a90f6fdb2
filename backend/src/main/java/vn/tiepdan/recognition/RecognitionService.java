package vn.tiepdan.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.recognition.RecognitionDtos.Form;
import vn.tiepdan.recognition.RecognitionDtos.InspectionCreate;
import vn.tiepdan.recognition.RecognitionDtos.InspectionPatch;
import vn.tiepdan.recognition.RecognitionDtos.InspectionView;
import vn.tiepdan.recognition.RecognitionDtos.Kind;
import vn.tiepdan.recognition.RecognitionDtos.OfficialItem;
import vn.tiepdan.recognition.RecognitionDtos.Rating;
import vn.tiepdan.recognition.RecognitionDtos.RecognitionCreate;
import vn.tiepdan.recognition.RecognitionDtos.RecognitionPatch;
import vn.tiepdan.recognition.RecognitionDtos.RecognitionView;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Scope;

/**
 * Sở Nội vụ's unannounced inspections of the "Buổi sáng với Nhân dân" reception and the commendations/corrections of
 * units and officials (Công văn 1572 and 10549 of UBND tỉnh Đồng Nai). Scoped reads, audited and versioned writes.
 */
@ApplicationScoped
class RecognitionService {
    static final int MAX_TEXT = 4000;
    private static final String INSPECTION = "inspection_record";
    private static final String RECOGNITION = "recognition";
    private static final String INSPECTION_COLUMNS = "i.id, u.id, u.code, u.name, i.inspected_on, i.unannounced, "
            + "i.session_id, i.session_held, i.rating, i.findings_discipline, i.findings_conduct, i.follow_up, "
            + "i.follow_up_due, i.follow_up_done_on, i.inspector_username, i.version, i.created_at, i.updated_at";
    private static final String RECOGNITION_COLUMNS = "g.id, u.id, u.code, u.name, o.id, o.full_name, o.position, "
            + "g.kind, g.form, g.decided_on, g.decision_no, g.decided_by, g.reason, g.inspection_id, g.version, "
            + "g.created_at, g.updated_at";

    private final EntityManager em;
    private final Scope scope;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    RecognitionService(EntityManager em, Scope scope, CurrentUser user, AuditTrail audit, Clock clock) {
        this.em = em;
        this.scope = scope;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ inspections

    @Transactional
    PageResponse<InspectionView> listInspections(UUID unit, LocalDate from, LocalDate to, Rating rating,
            PageParams page) {
        Map<String, Object> p = new HashMap<>();
        String where = filters("i.inspected_on", unit, from, to, p);
        if (rating != null) {
            where += " and i.rating = :rating";
            p.put("rating", rating.name());
        }
        String base = " from inspection_record i join org_unit u on u.id = i.org_unit_id where " + where;
        long total = ((Number) query("select count(*)" + base, p).getSingleResult()).longValue();
        List<InspectionView> items = rows(query("select " + INSPECTION_COLUMNS + base
                + " order by i.inspected_on desc, i.created_at desc, i.id", p)
                .setFirstResult(page.offset()).setMaxResults(page.size())).stream()
                .map(RecognitionService::inspection).toList();
        return PageResponse.of(items, page, total);
    }

    @Transactional
    InspectionView getInspection(UUID id) {
        Map<String, Object> p = new HashMap<>();
        String where = filters("i.inspected_on", null, null, null, p) + " and i.id = :id";
        p.put("id", id);
        List<Object[]> r = rows(query("select " + INSPECTION_COLUMNS + " from inspection_record i join org_unit u "
                + "on u.id = i.org_unit_id where " + where, p));
        if (r.isEmpty()) {
            throw ProblemException.notFound();
        }
        return inspection(r.get(0));
    }

    @Transactional
    InspectionView createInspection(InspectionCreate c) {
        Violations v = new Violations();
        String path = null;
        if (v.require(c.orgUnitId(), "orgUnitId")) {
            path = unitPath(c.orgUnitId(), "orgUnitId", v);
        }
        v.require(c.inspectedOn(), "inspectedOn");
        v.require(c.rating(), "rating");
        v.require(blank(c.findingsDiscipline()), "findingsDiscipline");
        v.require(blank(c.findingsConduct()), "findingsConduct");
        checkInspection(v, c.orgUnitId(), c.inspectedOn(), c.sessionId(), c.findingsDiscipline(), c.findingsConduct(),
                c.followUp(), c.followUpDue(), c.followUpDoneOn());
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("unit", c.orgUnitId());
        p.put("on", c.inspectedOn());
        p.put("unannounced", c.unannounced() == null || c.unannounced());
        p.put("session", c.sessionId() == null ? null : c.sessionId().toString());
        p.put("held", c.sessionHeld() == null ? null : c.sessionHeld().toString());
        p.put("rating", c.rating().name());
        p.put("fd", c.findingsDiscipline().strip());
        p.put("fc", c.findingsConduct().strip());
        p.put("fu", strip(c.followUp()));
        p.put("fuDue", c.followUpDue() == null ? null : c.followUpDue().toString());
        p.put("fuDone", c.followUpDoneOn() == null ? null : c.followUpDoneOn().toString());
        p.put("by", user.username());
        p.put("name", user.displayName());
        p.put("now", now);
        query("insert into inspection_record (id, org_unit_id, inspected_on, unannounced, session_id, session_held, "
                + "rating, findings_discipline, findings_conduct, follow_up, follow_up_due, follow_up_done_on, "
                + "inspector_username, inspector_name, created_at, created_by, updated_at, updated_by) values (:id, "
                + ":unit, :on, :unannounced, cast(cast(:session as varchar) as uuid), cast(cast(:held as varchar) as "
                + "boolean), :rating, :fd, :fc, cast(:fu as varchar), cast(cast(:fuDue as varchar) as date), "
                + "cast(cast(:fuDone as varchar) as date), :by, :name, :now, :by, :now, :by)", p).executeUpdate();
        audit.record(AuditAction.CREATE, INSPECTION, id, null, Map.of("unitId", c.orgUnitId().toString(),
                "inspectedOn", c.inspectedOn().toString(), "rating", c.rating().name()));
        return getInspection(id);
    }

    @Transactional
    InspectionView patchInspection(UUID id, InspectionPatch c) {
        InspectionView current = getInspection(id);
        Violations v = new Violations();
        v.require(c.version(), "version");
        v.throwIfAny();
        if (c.version() != current.version()) {
            throw ProblemException.staleVersion(current.version());
        }
        LocalDate on = c.inspectedOn() != null ? c.inspectedOn() : current.inspectedOn();
        LocalDate due = c.followUpDue() != null ? c.followUpDue() : current.followUpDue();
        LocalDate done = c.followUpDoneOn() != null ? c.followUpDoneOn() : current.followUpDoneOn();
        if (c.findingsDiscipline() != null && c.findingsDiscipline().isBlank()) {
            v.add("findingsDiscipline", "REQUIRED", "validation.required");
        }
        if (c.findingsConduct() != null && c.findingsConduct().isBlank()) {
            v.add("findingsConduct", "REQUIRED", "validation.required");
        }
        checkInspection(v, current.unit().id(), on, c.sessionId(), c.findingsDiscipline(), c.findingsConduct(),
                c.followUp(), due, done);
        v.throwIfAny();
        Map<String, Object> set = new LinkedHashMap<>();
        put(set, "inspected_on", c.inspectedOn(), "date");
        put(set, "unannounced", c.unannounced(), "boolean");
        put(set, "session_id", c.sessionId(), "uuid");
        put(set, "session_held", c.sessionHeld(), "boolean");
        put(set, "rating", c.rating() == null ? null : c.rating().name(), "varchar");
        put(set, "findings_discipline", strip(c.findingsDiscipline()), "varchar");
        put(set, "findings_conduct", strip(c.findingsConduct()), "varchar");
        put(set, "follow_up", strip(c.followUp()), "varchar");
        put(set, "follow_up_due", c.followUpDue(), "date");
        put(set, "follow_up_done_on", c.followUpDoneOn(), "date");
        update(INSPECTION, id, c.version(), set);
        audit.record(AuditAction.UPDATE, INSPECTION, id, null, Map.of("fields", new ArrayList<>(set.keySet())));
        return getInspection(id);
    }

    private void checkInspection(Violations v, UUID unit, LocalDate on, UUID session, String fd, String fc,
            String followUp, LocalDate due, LocalDate done) {
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            v.add("inspectedOn", "IN_FUTURE", "recognition.date.future");
        }
        v.maxLength(fd, MAX_TEXT, "findingsDiscipline");
        v.maxLength(fc, MAX_TEXT, "findingsConduct");
        v.maxLength(followUp, MAX_TEXT, "followUp");
        if (on != null && due != null && due.isBefore(on)) {
            v.add("followUpDue", "BEFORE_INSPECTION", "recognition.follow-up.before");
        }
        if (on != null && done != null && done.isBefore(on)) {
            v.add("followUpDoneOn", "BEFORE_INSPECTION", "recognition.follow-up.before");
        }
        if (session != null && unit != null && on != null) {
            Number n = (Number) query("select count(*) from reception_session where id = :s and org_unit_id = :u "
                    + "and session_date = :d", Map.of("s", session, "u", unit, "d", on)).getSingleResult();
            if (n.longValue() == 0) {
                v.add("sessionId", "NOT_OF_UNIT_DAY", "recognition.session.mismatch");
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- recognitions

    @Transactional
    PageResponse<RecognitionView> listRecognitions(UUID unit, LocalDate from, LocalDate to, Kind kind, Form form,
            PageParams page) {
        Map<String, Object> p = new HashMap<>();
        String where = filters("g.decided_on", unit, from, to, p);
        if (kind != null) {
            where += " and g.kind = :kind";
            p.put("kind", kind.name());
        }
        if (form != null) {
            where += " and g.form = :form";
            p.put("form", form.name());
        }
        String base = " from recognition g join org_unit u on u.id = g.org_unit_id left join official o "
                + "on o.id = g.official_id where " + where;
        long total = ((Number) query("select count(*)" + base, p).getSingleResult()).longValue();
        List<RecognitionView> items = rows(query("select " + RECOGNITION_COLUMNS + base
                + " order by g.decided_on desc, g.created_at desc, g.id", p)
                .setFirstResult(page.offset()).setMaxResults(page.size())).stream()
                .map(RecognitionService::recognition).toList();
        return PageResponse.of(items, page, total);
    }

    @Transactional
    RecognitionView getRecognition(UUID id) {
        Map<String, Object> p = new HashMap<>();
        String where = filters("g.decided_on", null, null, null, p) + " and g.id = :id";
        p.put("id", id);
        List<Object[]> r = rows(query("select " + RECOGNITION_COLUMNS + " from recognition g join org_unit u "
                + "on u.id = g.org_unit_id left join official o on o.id = g.official_id where " + where, p));
        if (r.isEmpty()) {
            throw ProblemException.notFound();
        }
        return recognition(r.get(0));
    }

    @Transactional
    RecognitionView createRecognition(RecognitionCreate c) {
        Violations v = new Violations();
        String path = null;
        if (v.require(c.orgUnitId(), "orgUnitId")) {
            path = unitPath(c.orgUnitId(), "orgUnitId", v);
        }
        v.require(c.kind(), "kind");
        v.require(c.form(), "form");
        v.require(c.decidedOn(), "decidedOn");
        v.require(blank(c.reason()), "reason");
        checkRecognition(v, path, c.kind(), c.form(), c.decidedOn(), c.officialId(), c.inspectionId(), c.reason(),
                c.decisionNo(), c.decidedBy());
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("unit", c.orgUnitId());
        p.put("official", c.officialId() == null ? null : c.officialId().toString());
        p.put("kind", c.kind().name());
        p.put("form", c.form().name());
        p.put("on", c.decidedOn());
        p.put("no", strip(c.decisionNo()));
        p.put("body", strip(c.decidedBy()));
        p.put("reason", c.reason().strip());
        p.put("inspection", c.inspectionId() == null ? null : c.inspectionId().toString());
        p.put("by", user.username());
        p.put("now", clock.instant());
        query("insert into recognition (id, org_unit_id, official_id, kind, form, decided_on, decision_no, decided_by, "
                + "reason, inspection_id, created_at, created_by, updated_at, updated_by) values (:id, :unit, "
                + "cast(cast(:official as varchar) as uuid), :kind, :form, :on, cast(:no as varchar), "
                + "cast(:body as varchar), :reason, cast(cast(:inspection as varchar) as uuid), :now, :by, :now, :by)",
                p).executeUpdate();
        audit.record(AuditAction.CREATE, RECOGNITION, id, null, Map.of("unitId", c.orgUnitId().toString(),
                "kind", c.kind().name(), "form", c.form().name(), "decidedOn", c.decidedOn().toString()));
        return getRecognition(id);
    }

    @Transactional
    RecognitionView patchRecognition(UUID id, RecognitionPatch c) {
        RecognitionView current = getRecognition(id);
        Violations v = new Violations();
        v.require(c.version(), "version");
        v.throwIfAny();
        if (c.version() != current.version()) {
            throw ProblemException.staleVersion(current.version());
        }
        if (c.reason() != null && c.reason().isBlank()) {
            v.add("reason", "REQUIRED", "validation.required");
        }
        String path = unitPath(current.unit().id(), "orgUnitId", v);
        Kind kind = c.kind() != null ? c.kind() : current.kind();
        Form form = c.form() != null ? c.form() : current.form();
        checkRecognition(v, path, kind, form, c.decidedOn(), c.officialId(), c.inspectionId(), c.reason(),
                c.decisionNo(), c.decidedBy());
        v.throwIfAny();
        Map<String, Object> set = new LinkedHashMap<>();
        put(set, "official_id", c.officialId(), "uuid");
        put(set, "kind", c.kind() == null ? null : c.kind().name(), "varchar");
        put(set, "form", c.form() == null ? null : c.form().name(), "varchar");
        put(set, "decided_on", c.decidedOn(), "date");
        put(set, "decision_no", strip(c.decisionNo()), "varchar");
        put(set, "decided_by", strip(c.decidedBy()), "varchar");
        put(set, "reason", strip(c.reason()), "varchar");
        put(set, "inspection_id", c.inspectionId(), "uuid");
        update(RECOGNITION, id, c.version(), set);
        audit.record(AuditAction.UPDATE, RECOGNITION, id, null, Map.of("fields", new ArrayList<>(set.keySet())));
        return getRecognition(id);
    }

    private void checkRecognition(Violations v, String unitPath, Kind kind, Form form, LocalDate decidedOn,
            UUID official, UUID inspection, String reason, String decisionNo, String decidedBy) {
        if (kind != null && form != null && form.kind() != kind) {
            v.add("form", "NOT_OF_KIND", "recognition.form.kind", kind.name());
        }
        if (decidedOn != null && decidedOn.isAfter(LocalDate.now(clock))) {
            v.add("decidedOn", "IN_FUTURE", "recognition.date.future");
        }
        v.maxLength(reason, MAX_TEXT, "reason");
        v.maxLength(decisionNo, 64, "decisionNo");
        v.maxLength(decidedBy, 300, "decidedBy");
        if (official != null && unitPath != null) {
            Number n = (Number) query("select count(*) from official o join org_unit u on u.id = o.org_unit_id "
                    + "where o.id = :o and u.path like :p", Map.of("o", official, "p", unitPath + "%"))
                    .getSingleResult();
            if (n.longValue() == 0) {
                v.add("officialId", "NOT_IN_UNIT", "recognition.official.not-in-unit");
            }
        }
        if (inspection != null && unitPath != null) {
            Number n = (Number) query("select count(*) from inspection_record i join org_unit u on u.id = "
                    + "i.org_unit_id where i.id = :i and u.path like :p", Map.of("i", inspection, "p", unitPath + "%"))
                    .getSingleResult();
            if (n.longValue() == 0) {
                v.add("inspectionId", "NOT_IN_UNIT", "recognition.inspection.not-in-unit");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** The scope, the unit filter (its subtree) and the day range, as a where-clause over u (org_unit). */
    private String filters(String dateColumn, UUID unit, LocalDate from, LocalDate to, Map<String, Object> p) {
        Scope.Condition c = scope.clause("u.path");
        p.putAll(c.parameters());
        StringBuilder where = new StringBuilder(c.where());
        if (unit != null) {
            where.append(" and u.path like (select f.path from org_unit f where f.id = :unitFilter) || '%'");
            p.put("unitFilter", unit);
        }
        if (from != null) {
            where.append(" and ").append(dateColumn).append(" >= :from");
            p.put("from", from);
        }
        if (to != null) {
            where.append(" and ").append(dateColumn).append(" <= :to");
            p.put("to", to);
        }
        return where.toString();
    }

    /** The path of a unit that may be written for (exists, not EXTERNAL, in scope); else a 400 naming the field. */
    private String unitPath(UUID unit, String field, Violations v) {
        List<Object[]> r = rows(query("select path, level from org_unit where id = :id", Map.of("id", unit)));
        if (r.isEmpty() || "EXTERNAL".equals(r.get(0)[1]) || !scope.reaches((String) r.get(0)[0])) {
            v.add(field, "UNKNOWN_UNIT", "recognition.unit.unknown");
            return null;
        }
        return (String) r.get(0)[0];
    }

    private static void put(Map<String, Object> set, String column, Object value, String type) {
        if (value != null) {
            set.put(column + "::" + type, value instanceof String s ? s : value.toString());
        }
    }

    private void update(String table, UUID id, long version, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("update " + table + " set version = version + 1, updated_at = :now, "
                + "updated_by = :by");
        Map<String, Object> p = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> e : set.entrySet()) {
            String[] ct = e.getKey().split("::");
            sql.append(", ").append(ct[0]).append(" = cast(cast(:v").append(i).append(" as varchar) as ")
                    .append(ct[1]).append(")");
            p.put("v" + i, e.getValue());
            i++;
        }
        sql.append(" where id = :id and version = :version");
        p.put("now", clock.instant());
        p.put("by", user.username());
        p.put("id", id);
        p.put("version", version);
        if (query(sql.toString(), p).executeUpdate() == 0) {
            throw ProblemException.staleVersion(version + 1);
        }
    }

    private static InspectionView inspection(Object[] r) {
        return new InspectionView((UUID) r[0], new UnitRef((UUID) r[1], (String) r[2], (String) r[3]), date(r[4]),
                (Boolean) r[5], (UUID) r[6], (Boolean) r[7], Rating.valueOf((String) r[8]), (String) r[9],
                (String) r[10], (String) r[11], date(r[12]), date(r[13]), (String) r[14], ((Number) r[15]).longValue(),
                instant(r[16]), instant(r[17]));
    }

    private static RecognitionView recognition(Object[] r) {
        OfficialItem official = r[4] == null ? null : new OfficialItem((UUID) r[4], (String) r[5], (String) r[6]);
        return new RecognitionView((UUID) r[0], new UnitRef((UUID) r[1], (String) r[2], (String) r[3]), official,
                Kind.valueOf((String) r[7]), Form.valueOf((String) r[8]), date(r[9]), (String) r[10], (String) r[11],
                (String) r[12], (UUID) r[13], ((Number) r[14]).longValue(), instant(r[15]), instant(r[16]));
    }

    private Query query(String sql, Map<String, Object> p) {
        Query q = em.createNativeQuery(sql);
        if (sql.startsWith("select")) {
            q.setFlushMode(FlushModeType.COMMIT);
        }
        p.forEach(q::setParameter);
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
