package vn.tiepdan.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.report.CheckResult;
import vn.tiepdan.report.FormDefinition;
import vn.tiepdan.report.FormEngine;
import vn.tiepdan.report.FormResult;
import vn.tiepdan.report.FormRow;
import vn.tiepdan.report.PeriodView;
import vn.tiepdan.report.ReportPeriod;
import vn.tiepdan.report.ReportPeriods;
import vn.tiepdan.report.ReportWindow;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.submission.SnapshotHasher.Narrative;
import vn.tiepdan.submission.SubmissionDtos.EventView;
import vn.tiepdan.submission.SubmissionDtos.ReviewRequest;
import vn.tiepdan.submission.SubmissionDtos.SubmissionCreate;
import vn.tiepdan.submission.SubmissionDtos.SubmissionPatch;
import vn.tiepdan.submission.SubmissionDtos.SubmissionSummary;
import vn.tiepdan.submission.SubmissionDtos.SubmissionView;
import vn.tiepdan.submission.SubmissionDtos.SubmitRequest;
import vn.tiepdan.submission.SubmissionDtos.VerifyResult;

/**
 * Report submission (DOMAIN.md §7.3 items 1, 2, 4): a draft shows live figures; submitting recomputes every form,
 * refuses failing cross-checks, freezes the canonical snapshot with its SHA-256 and flags lateness; Thanh tra tỉnh
 * accepts or returns it. Every change writes the submission log and the audit trail in one transaction.
 */
@ApplicationScoped
public class SubmissionService {
    static final String ENTITY = "REPORT_SUBMISSION";
    /** TT 01/2024/TT-TTCP: the data forms of a periodic report. */
    static final List<String> TT01_FORMS = List.of("01-TCD", "01-XLD", "02-XLD", "03-XLD", "04-XLD", "01-KQGQ",
            "03-KQGQ");
    /** The model's own reports (CV 1572, CV 10549): reception and petition processing. */
    static final List<String> BSVND_FORMS = List.of("01-TCD", "01-XLD");
    static final int MAX_TEXT = 20_000;

    private final EntityManager em;
    private final Instance<FormEngine> engines;
    private final ReportPeriods periods;
    private final ReportUnits units;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;

    SubmissionService(EntityManager em, Instance<FormEngine> engines, ReportPeriods periods, ReportUnits units,
            AuditTrail audit, Scope scope, CurrentUser user, Clock clock, ObjectMapper json) {
        this.em = em;
        this.engines = engines;
        this.periods = periods;
        this.units = units;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
        this.json = json;
    }

    FormEngine engine() {
        if (!engines.isResolvable()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "submission.engine.unavailable");
        }
        return engines.get();
    }

    // ---------------------------------------------------------------- report sets and roles

    /** The forms of a report of this kind that the engine knows, in the official order. */
    List<String> formsFor(ReportPeriods.Kind kind) {
        List<String> set = "BSVND".equals(kind.regime()) ? BSVND_FORMS : TT01_FORMS;
        Set<String> known = new java.util.HashSet<>();
        for (FormDefinition d : engine().definitions()) {
            known.add(d.code());
        }
        return set.stream().filter(known::contains).toList();
    }

    static List<String> kindSet(String regime) {
        return "BSVND".equals(regime) ? BSVND_FORMS : TT01_FORMS;
    }

    /** Readers who see only submitted and accepted reports (Ban Tuyên giáo và Dân vận, Sở Nội vụ). */
    boolean frozenOnlyReader() {
        return !(user.hasRole(Roles.UNIT_LEADER) || user.hasRole(Roles.INSPECTOR) || user.hasRole(Roles.ADMIN)
                || user.hasRole(Roles.AUDITOR));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportWindow.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---------------------------------------------------------------- reads

    /** A submission the caller may read, else 404. */
    ReportSubmission readable(UUID id) {
        ReportSubmission s = em.find(ReportSubmission.class, id);
        if (s == null) {
            throw ProblemException.notFound();
        }
        ReportUnits.Unit unit = units.find(s.orgUnitId).orElseThrow(ProblemException::notFound);
        if (!scope.reaches(unit.path())) {
            throw ProblemException.notFound();
        }
        if (frozenOnlyReader() && !SubmissionMachine.FROZEN.contains(s.status)) {
            throw ProblemException.notFound();
        }
        return s;
    }

    @Transactional
    public PageResponse<SubmissionSummary> list(UUID unit, String period, SubmissionStatus status, String kind,
            Boolean late, PageParams page) {
        StringBuilder where = new StringBuilder(" from report_submission s join org_unit u on u.id = s.org_unit_id "
                + "where ");
        Scope.Condition c = scope.clause("u.path");
        where.append(c.where());
        Map<String, Object> params = new HashMap<>(c.parameters());
        if (frozenOnlyReader()) {
            where.append(" and s.status in ('SUBMITTED', 'ACCEPTED')");
        }
        if (unit != null) {
            where.append(" and s.org_unit_id = :unit");
            params.put("unit", unit);
        }
        if (period != null && !period.isBlank()) {
            where.append(" and s.period_code = :period");
            params.put("period", period.trim());
        }
        if (status != null) {
            where.append(" and s.status = :status");
            params.put("status", status.name());
        }
        if (kind != null && !kind.isBlank()) {
            where.append(" and s.period_kind = :kind");
            params.put("kind", kind.trim());
        }
        if (late != null) {
            where.append(late ? " and s.late" : " and (s.late is null or not s.late)");
        }
        Query count = em.createNativeQuery("select count(*)" + where).setFlushMode(FlushModeType.COMMIT);
        Query rows = em.createNativeQuery("select s.id, s.org_unit_id, u.code, u.name, s.period_code, s.period_kind, "
                + "s.from_on, s.to_on, s.due_on, s.status, s.consolidated, s.late, s.submitted_at, s.submitted_by, "
                + "s.content_hash, s.version" + where + " order by s.from_on desc, s.period_code, u.code, s.id")
                .setFlushMode(FlushModeType.COMMIT).setFirstResult(page.offset()).setMaxResults(page.size());
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> list = rows.getResultList();
        return PageResponse.of(list.stream().map(SubmissionService::summary).toList(), page, total);
    }

    private static SubmissionSummary summary(Object[] r) {
        return new SubmissionSummary((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], date(r[6]), date(r[7]), date(r[8]), SubmissionStatus.valueOf((String) r[9]),
                (Boolean) r[10], (Boolean) r[11], instant(r[12]), (String) r[13], (String) r[14],
                ((Number) r[15]).longValue());
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
    }

    SubmissionSummary summary(ReportSubmission s) {
        ReportUnits.Unit u = units.find(s.orgUnitId).orElseThrow();
        return new SubmissionSummary(s.id, s.orgUnitId, u.code(), u.name(), s.periodCode, s.periodKind, s.fromOn,
                s.toOn, s.dueOn, s.status, s.consolidated, s.late, s.submittedAt, s.submittedBy, s.contentHash,
                s.version);
    }

    @Transactional
    public SubmissionView get(UUID id) {
        return view(readable(id));
    }

    SubmissionView view(ReportSubmission s) {
        ReportPeriod period = periodOf(s);
        ReportPeriods.Kind kind = periods.kind(s.periodKind).orElseThrow();
        boolean live = !SubmissionMachine.FROZEN.contains(s.status);
        List<FormResult> forms;
        List<String> codes;
        if (live) {
            codes = formsFor(kind);
            forms = compute(s.orgUnitId, period, codes);
        } else {
            forms = frozenForms(s);
            codes = forms.stream().map(f -> f.form().code()).toList();
        }
        boolean valid = forms.stream().allMatch(FormResult::valid);
        List<String> allowed = SubmissionMachine.allowed(s.status);
        return new SubmissionView(summary(s), period.view(), s.results, s.difficulties, s.exemplary, s.proposals,
                s.docNo, s.signerName, s.signerTitle, kind.narrativeRequired(), codes, live, forms, valid,
                s.reviewedAt, s.reviewedBy, s.reviewComment, allowed, events(s.id));
    }

    List<EventView> events(UUID id) {
        return em.createQuery("from ReportSubmissionEvent e where e.submissionId = :id order by e.at, e.id",
                ReportSubmissionEvent.class).setParameter("id", id).setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().map(e -> new EventView(e.at, e.action, e.actor, e.comment, e.contentHash))
                .toList();
    }

    /** The period of a submission with its stored window and due date. */
    ReportPeriod periodOf(ReportSubmission s) {
        ReportPeriod p = periods.parse(s.periodCode);
        return new ReportPeriod(p.code(), p.kind(), p.year(), s.fromOn, s.toOn, s.dueOn, p.label());
    }

    List<FormResult> compute(UUID unitId, ReportPeriod period, List<String> codes) {
        FormEngine engine = engine();
        List<FormResult> out = new ArrayList<>();
        for (String code : codes) {
            out.add(engine.compute(code, unitId, period));
        }
        return out;
    }

    JsonNode snapshotOf(ReportSubmission s) {
        try {
            return json.readTree(s.snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot of " + s.id, e);
        }
    }

    /** The frozen forms as FormResults: the stored rows with the definitions the engine has for their codes. */
    List<FormResult> frozenForms(ReportSubmission s) {
        JsonNode snap = snapshotOf(s);
        JsonNode p = snap.get("period");
        PeriodView period = new PeriodView(p.get("code").asText(), p.get("kind").asText(),
                LocalDate.parse(p.get("from").asText()), LocalDate.parse(p.get("to").asText()),
                p.get("label").asText(), s.dueOn);
        JsonNode unit = snap.get("unit");
        List<FormResult> out = new ArrayList<>();
        for (JsonNode f : snap.get("forms")) {
            String code = f.get("code").asText();
            FormDefinition def = definitionOrStub(code, f.get("version").asText());
            List<FormRow> rows = rowsOf(f.get("rows"));
            List<CheckResult> checks = def.checks().stream().map(r -> new CheckResult(r, true, List.of())).toList();
            out.add(new FormResult(def, UUID.fromString(unit.get("id").asText()), unit.get("code").asText(),
                    unit.get("name").asText(), period, rows, checks, true, s.submittedAt));
        }
        return out;
    }

    FormDefinition definitionOrStub(String code, String version) {
        try {
            return engine().definition(code);
        } catch (ProblemException e) {
            return new FormDefinition(code, code.replace('-', '/'), version, code, "", List.of(), List.of());
        }
    }

    static List<FormRow> rowsOf(JsonNode rows) {
        List<FormRow> out = new ArrayList<>();
        for (JsonNode r : rows) {
            List<BigDecimal> values = new ArrayList<>();
            for (JsonNode v : r.get("values")) {
                values.add(new BigDecimal(v.asText()));
            }
            JsonNode id = r.get("unitId");
            out.add(new FormRow(r.get("kind").asText(), id == null || id.isNull() ? null : UUID.fromString(id.asText()),
                    text(r.get("unitCode")), text(r.get("label")), values));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    // ---------------------------------------------------------------- writes

    private void requireVersion(ReportSubmission s, Long version) {
        if (version == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (version != s.version) {
            throw ProblemException.staleVersion(s.version);
        }
    }

    private void requireAction(ReportSubmission s, String action) {
        if (SubmissionMachine.next(action, s.status).isEmpty()) {
            List<String> allowed = SubmissionMachine.allowed(s.status);
            throw ProblemException.actionNotAllowed("status", allowed, "submission.action.not-allowed", action,
                    s.status.name(), allowed.isEmpty() ? "-" : String.join(", ", allowed));
        }
    }

    /**
     * The caller may prepare this report: a unit leader for a unit of their subtree (not the consolidated report),
     * the inspectorate for the province's consolidated report.
     */
    private ReportSubmission writable(UUID id) {
        ReportSubmission s = em.find(ReportSubmission.class, id);
        if (s == null) {
            throw ProblemException.notFound();
        }
        ReportUnits.Unit unit = units.find(s.orgUnitId).orElseThrow(ProblemException::notFound);
        if (!scope.reaches(unit.path())) {
            throw ProblemException.notFound();
        }
        boolean ok = s.consolidated ? user.hasRole(Roles.INSPECTOR) : user.hasRole(Roles.UNIT_LEADER);
        if (!ok) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
        }
        return s;
    }

    private void event(ReportSubmission s, String action, String comment, String hash) {
        ReportSubmissionEvent e = new ReportSubmissionEvent();
        e.id = UUID.randomUUID();
        e.submissionId = s.id;
        e.at = now();
        e.action = action;
        e.actor = user.username();
        e.comment = comment;
        e.contentHash = hash;
        em.persist(e);
    }

    private void touch(ReportSubmission s) {
        s.updatedAt = now();
        s.updatedBy = user.username();
    }

    @Transactional
    public SubmissionView create(SubmissionCreate r) {
        if (r == null || r.unitId() == null) {
            throw ProblemException.invalid("unitId", "REQUIRED", "validation.required");
        }
        if (r.period() == null || r.period().isBlank()) {
            throw ProblemException.invalid("period", "REQUIRED", "validation.required");
        }
        ReportPeriod period = periods.parse(r.period().trim());
        if (period.isRange()) {
            throw ProblemException.invalid("period", "RANGE_NOT_REPORTABLE", "submission.period.range");
        }
        ReportUnits.Unit unit = units.find(r.unitId()).filter(u -> scope.reaches(u.path()))
                .orElseThrow(ProblemException::notFound);
        boolean consolidated;
        if (user.hasRole(Roles.UNIT_LEADER) && !scope.provinceWide()) {
            consolidated = false;
        } else if (user.hasRole(Roles.INSPECTOR)) {
            if (!unit.provinceRoot()) {
                throw ProblemException.invalid("unitId", "PROVINCE_ONLY", "submission.unit.province-only");
            }
            consolidated = true;
        } else {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
        }
        Long existing = ((Number) em.createNativeQuery("select count(*) from report_submission where org_unit_id = ?1 "
                + "and period_code = ?2").setParameter(1, unit.id()).setParameter(2, period.code())
                .getSingleResult()).longValue();
        if (existing > 0) {
            throw ProblemException.conflict("period", "DUPLICATE", "submission.period.duplicate", period.code());
        }
        ReportPeriods.Kind kind = periods.kind(period.kind()).orElseThrow();
        ReportSubmission s = new ReportSubmission();
        s.id = UUID.randomUUID();
        s.orgUnitId = unit.id();
        s.periodCode = period.code();
        s.periodKind = period.kind();
        s.fromOn = period.from();
        s.toOn = period.to();
        s.dueOn = period.dueOn();
        s.forms = toJson(formsFor(kind));
        s.status = SubmissionStatus.DRAFT;
        s.consolidated = consolidated;
        s.createdAt = now();
        s.createdBy = user.username();
        touch(s);
        em.persist(s);
        event(s, "CREATED", null, null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unit", unit.code());
        details.put("period", period.code());
        details.put("consolidated", consolidated);
        audit.record(AuditAction.CREATE, ENTITY, s.id, null, details);
        em.flush();
        return view(s);
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public SubmissionView patch(UUID id, SubmissionPatch r) {
        ReportSubmission s = writable(id);
        requireVersion(s, r == null ? null : r.version());
        requireAction(s, SubmissionMachine.EDIT);
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        s.results = field("results", s.results, r.results(), MAX_TEXT, issues, changed);
        s.difficulties = field("difficulties", s.difficulties, r.difficulties(), MAX_TEXT, issues, changed);
        s.exemplary = field("exemplary", s.exemplary, r.exemplary(), MAX_TEXT, issues, changed);
        s.proposals = field("proposals", s.proposals, r.proposals(), MAX_TEXT, issues, changed);
        s.docNo = field("docNo", s.docNo, r.docNo(), 64, issues, changed);
        s.signerName = field("signerName", s.signerName, r.signerName(), 255, issues, changed);
        s.signerTitle = field("signerTitle", s.signerTitle, r.signerTitle(), 255, issues, changed);
        if (!issues.isEmpty()) {
            throw ProblemException.invalid(issues);
        }
        touch(s);
        event(s, "EDITED", null, null);
        audit.record(AuditAction.UPDATE, ENTITY, s.id, null, Map.of("fields", changed));
        em.flush();
        return view(s);
    }

    private static String field(String name, String current, String value, int max,
            List<ProblemException.FieldIssue> issues, List<String> changed) {
        if (value == null) {
            return current;
        }
        String v = value.strip();
        if (v.length() > max) {
            issues.add(ProblemException.FieldIssue.of(name, "TOO_LONG", "submission.field.too-long", max));
            return current;
        }
        String next = v.isEmpty() ? null : v;
        if (!java.util.Objects.equals(next, current)) {
            changed.add(name);
        }
        return next;
    }

    @Transactional
    public SubmissionView submit(UUID id, SubmitRequest r) {
        ReportSubmission s = writable(id);
        requireVersion(s, r == null ? null : r.version());
        requireAction(s, SubmissionMachine.SUBMIT);
        LocalDate today = today();
        if (!today.isAfter(s.toOn)) {
            throw ProblemException.invalid("period", "PERIOD_NOT_ENDED", "submission.period.not-ended", s.toOn);
        }
        ReportPeriods.Kind kind = periods.kind(s.periodKind).orElseThrow();
        List<ProblemException.FieldIssue> missing = new ArrayList<>();
        if (kind.narrativeRequired()) {
            require("results", s.results, missing);
            require("difficulties", s.difficulties, missing);
            if ("BSVND".equals(kind.regime())) {
                require("exemplary", s.exemplary, missing);
            }
            require("proposals", s.proposals, missing);
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        ReportPeriod period = periodOf(s);
        List<String> codes = formsFor(kind);
        List<FormResult> forms = compute(s.orgUnitId, period, codes);
        List<ChecksFailedException.Failure> failures = new ArrayList<>();
        for (FormResult f : forms) {
            for (CheckResult c : f.checks()) {
                if (!c.ok()) {
                    for (CheckResult.Failure x : c.failures()) {
                        failures.add(new ChecksFailedException.Failure(f.form().code(), c.rule(), x.unitCode(),
                                x.cells()));
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new ChecksFailedException(failures);
        }
        ReportUnits.Unit unit = units.find(s.orgUnitId).orElseThrow();
        ObjectNode snapshot = SnapshotHasher.snapshot(unit.id().toString(), unit.code(), unit.name(), period.view(),
                forms, new Narrative(s.results, s.difficulties, s.exemplary, s.proposals, s.docNo, s.signerName,
                        s.signerTitle));
        String hash = SnapshotHasher.hash(snapshot);
        s.forms = toJson(codes);
        s.snapshot = SnapshotHasher.canonicalText(snapshot);
        s.contentHash = hash;
        s.submittedAt = now();
        s.submittedBy = user.username();
        s.late = LateSubmissionRule.late(today, s.dueOn);
        s.reviewedAt = null;
        s.reviewedBy = null;
        s.reviewComment = null;
        SubmissionStatus from = s.status;
        s.status = SubmissionStatus.SUBMITTED;
        touch(s);
        event(s, "SUBMITTED", null, hash);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", s.status.name());
        details.put("contentHash", hash);
        details.put("late", s.late);
        audit.record(AuditAction.STATE_CHANGE, ENTITY, s.id, null, details);
        em.flush();
        return view(s);
    }

    private static void require(String field, String value, List<ProblemException.FieldIssue> issues) {
        if (value == null || value.isBlank()) {
            issues.add(ProblemException.FieldIssue.of(field, "REQUIRED", "submission.narrative.required"));
        }
    }

    @Transactional
    public SubmissionView review(UUID id, String action, ReviewRequest r) {
        ReportSubmission s = em.find(ReportSubmission.class, id);
        if (s == null) {
            throw ProblemException.notFound();
        }
        requireVersion(s, r == null ? null : r.version());
        requireAction(s, action);
        if (s.consolidated) {
            throw ProblemException.actionNotAllowed("consolidated", List.of(), "submission.review.consolidated");
        }
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (SubmissionMachine.RETURN.equals(action) && comment == null) {
            throw ProblemException.invalid("comment", "REQUIRED", "submission.review.comment-required");
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            throw ProblemException.invalid("comment", "TOO_LONG", "submission.field.too-long", MAX_TEXT);
        }
        SubmissionStatus from = s.status;
        s.status = SubmissionMachine.next(action, from).orElseThrow();
        s.reviewedAt = now();
        s.reviewedBy = user.username();
        s.reviewComment = comment;
        touch(s);
        event(s, s.status == SubmissionStatus.ACCEPTED ? "ACCEPTED" : "RETURNED", comment, s.contentHash);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", s.status.name());
        details.put("contentHash", s.contentHash);
        audit.record(AuditAction.STATE_CHANGE, ENTITY, s.id, comment, details);
        em.flush();
        return view(s);
    }

    /** Regenerates the stored forms now for the same unit and period and hashes them the same way. */
    @Transactional
    public VerifyResult verify(UUID id) {
        ReportSubmission s = readable(id);
        if (s.contentHash == null || s.snapshot == null) {
            throw ProblemException.conflict("status", "NOT_SUBMITTED", "submission.verify.not-submitted");
        }
        ObjectNode stored = (ObjectNode) snapshotOf(s);
        List<String> codes = new ArrayList<>();
        for (JsonNode f : stored.get("forms")) {
            codes.add(f.get("code").asText());
        }
        List<FormResult> forms = compute(s.orgUnitId, periodOf(s), codes);
        ObjectNode regenerated = stored.deepCopy();
        regenerated.set("forms", SnapshotHasher.forms(forms));
        String hash = SnapshotHasher.hash(regenerated);
        List<String> differences = differences((ArrayNode) stored.get("forms"), (ArrayNode) regenerated.get("forms"));
        if (!hash.equals(s.contentHash) && differences.isEmpty()) {
            differences = List.of("content");
        }
        event(s, "VERIFIED", hash.equals(s.contentHash) ? null : String.join("; ", differences.subList(0,
                Math.min(differences.size(), 20))), hash);
        return new VerifyResult(s.contentHash, hash, hash.equals(s.contentHash), differences);
    }

    /** Cell-by-cell differences between two forms arrays, e.g. {@code 01-TCD DN-X CHILD col 4: 3 → 4}. */
    static List<String> differences(ArrayNode before, ArrayNode after) {
        List<String> out = new ArrayList<>();
        Map<String, JsonNode> now = new LinkedHashMap<>();
        after.forEach(f -> now.put(f.get("code").asText(), f));
        for (JsonNode f : before) {
            String code = f.get("code").asText();
            JsonNode g = now.remove(code);
            if (g == null) {
                out.add(code + ": missing now");
                continue;
            }
            if (!f.get("version").equals(g.get("version"))) {
                out.add(code + " version: " + f.get("version").asText() + " → " + g.get("version").asText());
            }
            Map<String, JsonNode> rowsNow = new LinkedHashMap<>();
            g.get("rows").forEach(r -> rowsNow.put(rowKey(r), r));
            for (JsonNode r : f.get("rows")) {
                String key = rowKey(r);
                JsonNode q = rowsNow.remove(key);
                if (q == null) {
                    out.add(code + " " + key + ": row missing now");
                    continue;
                }
                if (!r.get("label").equals(q.get("label"))) {
                    out.add(code + " " + key + " label: " + r.get("label").asText() + " → " + q.get("label").asText());
                }
                JsonNode a = r.get("values");
                JsonNode b = q.get("values");
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    String x = i < a.size() ? a.get(i).asText() : "-";
                    String y = i < b.size() ? b.get(i).asText() : "-";
                    if (!x.equals(y)) {
                        out.add(code + " " + key + " col " + (i + 1) + ": " + x + " → " + y);
                    }
                }
            }
            rowsNow.keySet().forEach(k -> out.add(code + " " + k + ": new row"));
        }
        now.keySet().forEach(k -> out.add(k + ": new form"));
        return out;
    }

    private static String rowKey(JsonNode r) {
        return r.get("unitCode").asText() + " " + r.get("kind").asText();
    }
}
