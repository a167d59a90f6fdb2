package vn.tiepdan.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import vn.tiepdan.cases.CaseDtos.AssignmentView;
import vn.tiepdan.cases.CaseDtos.CaseSummary;
import vn.tiepdan.cases.CaseDtos.CaseView;
import vn.tiepdan.cases.CaseDtos.DeadlineSummary;
import vn.tiepdan.cases.CaseDtos.DeadlineView;
import vn.tiepdan.cases.CaseDtos.DecisionView;
import vn.tiepdan.cases.CaseDtos.HandlerInfo;
import vn.tiepdan.cases.CaseDtos.TimelineEvent;
import vn.tiepdan.cases.CaseDtos.TransferView;
import vn.tiepdan.cases.CaseDtos.UnitInfo;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;

/** The inbox, the detail and the timeline of cases, scoped in SQL; never a denouncer's identity. */
@ApplicationScoped
class CaseReads {
    private final EntityManager em;
    private final CaseAccess access;
    private final CaseDeadlines deadlines;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;

    CaseReads(EntityManager em, CaseAccess access, CaseDeadlines deadlines, Scope scope, CurrentUser user, Clock clock,
            ObjectMapper json) {
        this.em = em;
        this.access = access;
        this.deadlines = deadlines;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
        this.json = json;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- allowed actions

    /** The machine's actions the state, the guards and the caller's role allow. */
    List<String> allowed(CaseFile c) {
        boolean leader = user.hasRole(Roles.UNIT_LEADER);
        boolean handler = user.hasRole(Roles.PETITION_HANDLER);
        List<String> out = new ArrayList<>();
        for (String a : CaseMachine.of(c.caseType).allowed(c.status)) {
            if ((leader || (handler && !CaseService.LEADER_ACTS.contains(a))) && guard(c, a)) {
                out.add(a);
            }
        }
        return out;
    }

    boolean guard(CaseFile c, String action) {
        return switch (action) {
            case "notify-acceptance" -> deadlines.running(c.id, "NOTIFY_ACCEPT").isPresent();
            // Luật Tố cáo 2018, Điều 30(2),(3): once if complex, twice if very complex; exhausted → not offered.
            case "extend" -> deadlines.canExtend(c.id, "RESOLVE");
            case "accept-second" -> c.status == CaseStatus.DECIDED_L1 || deadlines.running(c.id, "RESOLVE")
                    .map(d -> d.dueOn != null && d.dueOn.isBefore(today())).orElse(false);
            default -> true;
        };
    }

    /** Machine actions plus the cross-cutting ones the handling feature serves. */
    private List<String> allowedActions(CaseFile c, boolean writable) {
        if (!writable) {
            return List.of();
        }
        List<String> out = new ArrayList<>(allowed(c));
        boolean leader = user.hasRole(Roles.UNIT_LEADER);
        boolean terminal = CaseMachine.of(c.caseType).isTerminal(c.status);
        if (leader && !terminal) {
            out.add(CaseMachine.ASSIGN);
            out.add(CaseMachine.TRANSFER);
        }
        if (leader || user.hasRole(Roles.PETITION_HANDLER)) {
            out.add("upload-document");
        }
        if (c.confidential && (user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN)
                || (c.handlerUsername != null && c.handlerUsername.equals(user.username())))) {
            out.add("reveal-identity");
        }
        return out;
    }

    // ---------------------------------------------------------------- detail

    @Transactional
    CaseView get(UUID id) {
        access.find(id).orElseThrow(ProblemException::notFound);
        return view(id);
    }

    @Transactional
    CaseView view(UUID id) {
        CaseAccess.CaseRef ref = access.find(id).orElseThrow(ProblemException::notFound);
        CaseFile c = em.find(CaseFile.class, id);
        LocalDate today = today();
        List<DeadlineView> dls = deadlines.ofCase(id).stream().map(d -> {
            DeadlineBadge.Badge b = DeadlineBadge.of(d.dueOn, d.status, today);
            LocalDate pausedSince = deadlines.pauses(d.id).stream().filter(p -> p.toOn == null).map(p -> p.fromOn)
                    .findFirst().orElse(null);
            return new DeadlineView(d.id, d.kind, d.ruleCode, d.status, d.startOn, d.dueOn, b.daysLeft(), b.colour(),
                    d.metOn, d.onTime, d.breached, pausedSince, deadlines.dueOrNull(d, today));
        }).toList();
        List<DecisionView> decisions = em.createQuery("from CaseDecision where caseId = :c order by createdAt, id",
                CaseDecision.class).setParameter("c", id).getResultList().stream().map(this::decision).toList();
        String petitionNo = c.petitionId == null ? null : (String) single(
                "select petition_no from petition where id = ?1", c.petitionId);
        String bookNo = c.visitId == null ? null : (String) single(
                "select book_seq || '/' || book_year from reception_visit where id = ?1", c.visitId);
        return new CaseView(c.id, c.caseNo, c.caseType, c.status, c.statusBeforeSuspension, c.instance,
                unit(c.orgUnitId), unit(c.originUnitId), c.petitionId, petitionNo, c.visitId, bookNo, c.matterId,
                c.receivedOn, c.title, c.summary, c.respondent, c.fieldCode, c.complaintSubject, c.complex,
                c.veryComplex, list(c.complexityCriteria), c.complexityReason, c.remoteArea, c.remoteReason,
                c.largeGroup, c.confidential, c.confidential, c.securityLevel,
                c.handlerUsername == null ? null : new HandlerInfo(c.handlerUsername, c.handlerName), c.acceptedOn,
                c.decidedOn, c.closedOn, c.result, dls, decisions, assignments(id), transfers(id),
                allowedActions(c, ref.writable()), ref.writable(), c.version, c.createdAt, c.updatedAt);
    }

    private Object single(String sql, Object param) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private UnitInfo unit(UUID id) {
        if (id == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("select code, name from org_unit where id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return new UnitInfo(id, null, null);
        }
        Object[] r = (Object[]) rows.get(0);
        return new UnitInfo(id, (String) r[0], (String) r[1]);
    }

    private DecisionView decision(CaseDecision d) {
        Map<String, Object> remedies = new LinkedHashMap<>();
        put(remedies, "moneyRecoverState", d.moneyRecoverState);
        put(remedies, "landRecoverState", d.landRecoverState);
        put(remedies, "moneyReturn", d.moneyReturn);
        put(remedies, "landReturn", d.landReturn);
        put(remedies, "orgsRestored", d.orgsRestored);
        put(remedies, "personsRestored", d.personsRestored);
        put(remedies, "personsSanctioned", d.personsSanctioned);
        put(remedies, "personsSanctionedOfficials", d.personsSanctionedOfficials);
        put(remedies, "casesToInvestigation", d.casesToInvestigation);
        put(remedies, "personsToInvestigation", d.personsToInvestigation);
        put(remedies, "personsToInvestigationOfficials", d.personsToInvestigationOfficials);
        return new DecisionView(d.id, d.kind, d.docNo, d.signedOn, d.signerName, d.result, d.ground, d.scope,
                d.content, remedies, d.onTime, map(d.data), d.createdAt, d.createdBy);
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    @SuppressWarnings("unchecked")
    private List<AssignmentView> assignments(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("select id, username, display_name, role, from_at, to_at, reason, "
                + "assigned_by from case_assignment where case_id = ?1 order by from_at").setParameter(1, caseId)
                .getResultList();
        return rows.stream().map(r -> new AssignmentView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]), instant(r[5]), (String) r[6], (String) r[7])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<TransferView> transfers(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("select id, from_unit_id, to_unit_id, external_body, slip_no, "
                + "form_code, transferred_at, transferred_by, reason, redaction_applied, reply_doc_no, reply_on "
                + "from case_transfer where case_id = ?1 order by transferred_at").setParameter(1, caseId)
                .getResultList();
        return rows.stream().map(r -> new TransferView((UUID) r[0], unit((UUID) r[1]), unit((UUID) r[2]),
                (String) r[3], (String) r[4], (String) r[5], instant(r[6]), (String) r[7], (String) r[8],
                Boolean.TRUE.equals(r[9]), (String) r[10], date(r[11]))).toList();
    }

    // ---------------------------------------------------------------- timeline

    @Transactional
    @SuppressWarnings("unchecked")
    List<TimelineEvent> timeline(UUID id) {
        access.find(id).orElseThrow(ProblemException::notFound);
        List<Object[]> rows = em.createNativeQuery("select e.seq, e.at, e.action, e.from_status, e.to_status, "
                + "e.actor_username, e.actor_name, e.org_unit_id, u.code, u.name, e.note, e.decision_id, e.document_id, "
                + "cast(e.data as text) from case_event e left join org_unit u on u.id = e.org_unit_id "
                + "where e.case_id = ?1 order by e.seq").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new TimelineEvent(((Number) r[0]).intValue(), instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                r[7] == null ? null : new UnitInfo((UUID) r[7], (String) r[8], (String) r[9]), (String) r[10],
                (UUID) r[11], (UUID) r[12], map((String) r[13]))).toList();
    }

    // ---------------------------------------------------------------- inbox

    @Transactional
    @SuppressWarnings("unchecked")
    PageResponse<CaseSummary> list(CaseFilter f, PageParams page) {
        Scope.Condition readable = access.readableClause();
        List<String> where = new ArrayList<>();
        where.add(readable.where());
        Map<String, Object> params = new HashMap<>(readable.parameters());
        LocalDate today = today();
        if (f.type != null) {
            where.add("c.case_type = :type");
            params.put("type", f.type.name());
        }
        if (f.status != null && !f.status.isEmpty()) {
            where.add("c.status in (:statuses)");
            params.put("statuses", f.status.stream().map(Enum::name).toList());
        }
        if (f.unit != null) {
            where.add("cu.path like (select path from org_unit where id = :unit) || '%'");
            params.put("unit", f.unit);
        }
        if (f.handler != null && !f.handler.isBlank()) {
            where.add("c.handler_username = :handler");
            params.put("handler", "me".equals(f.handler) ? user.username() : f.handler.strip());
        }
        if (f.overdue != null) {
            where.add((f.overdue ? "" : "not ") + "exists (select 1 from legal_deadline x where x.case_id = c.id and "
                    + "x.status = 'ACTIVE' and x.due_on < :today)");
            params.put("today", today);
        }
        if (f.dueBefore != null) {
            where.add("exists (select 1 from legal_deadline x where x.case_id = c.id and x.status = 'ACTIVE' and "
                    + "x.due_on <= :dueBefore)");
            params.put("dueBefore", f.dueBefore);
        }
        if (f.q != null && !f.q.isBlank()) {
            where.add("c.search_text like :q");
            params.put("q", VietnameseText.containsPattern(f.q));
        }
        if (f.transferredOut != null) {
            Scope.Condition own = scope.clause("cu.path");
            where.add(f.transferredOut ? "not (" + own.where() + ")" : own.where());
            params.putAll(own.parameters());
        }
        String from = " from case_file c join org_unit cu on cu.id = c.org_unit_id left join lateral (select x.kind, "
                + "x.rule_code, x.due_on, x.status from legal_deadline x where x.case_id = c.id and x.status in "
                + "('ACTIVE', 'PAUSED') order by x.due_on asc nulls last limit 1) d on true where "
                + String.join(" and ", where);
        var count = em.createNativeQuery("select count(*)" + from);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        CaseSort sort = f.sort == null ? CaseSort.URGENCY : f.sort;
        var q = em.createNativeQuery("select c.id, c.case_no, c.case_type, c.status, cu.id as uid, cu.code, cu.name, "
                + "c.title, c.handler_username, c.handler_name, c.received_on, c.confidential, d.kind, d.rule_code, "
                + "d.due_on, d.status as dstatus, cu.path" + from + " order by " + sort.orderBy + ", c.id limit :limit "
                + "offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", page.size()).setParameter("offset", page.offset());
        List<Object[]> rows = q.getResultList();
        List<CaseSummary> items = rows.stream().map(r -> {
            DeadlineSummary dl = null;
            if (r[12] != null) {
                LocalDate due = date(r[14]);
                DeadlineBadge.Badge b = DeadlineBadge.of(due, (String) r[15], today);
                dl = new DeadlineSummary((String) r[12], (String) r[13], due, b.daysLeft(), b.colour(), b.overdue(),
                        "PAUSED".equals(r[15]));
            }
            return new CaseSummary((UUID) r[0], (String) r[1], CaseType.valueOf((String) r[2]),
                    CaseStatus.valueOf((String) r[3]), new UnitInfo((UUID) r[4], (String) r[5], (String) r[6]),
                    (String) r[7], r[8] == null ? null : new HandlerInfo((String) r[8], (String) r[9]), date(r[10]),
                    Boolean.TRUE.equals(r[11]), dl, scope.reaches((String) r[16]));
        }).toList();
        return PageResponse.of(items, page, total);
    }

    // ---------------------------------------------------------------- helpers

    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + v.getClass());
    }

    static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }

    private List<String> list(String value) {
        try {
            return value == null ? List.of() : json.readValue(value, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> map(String value) {
        try {
            return value == null ? Map.of() : json.readValue(value, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
