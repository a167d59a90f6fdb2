package vn.tiepdan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.report.FormDefinition;
import vn.tiepdan.report.ReportPeriod;
import vn.tiepdan.report.ReportPeriods;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemException.FieldIssue;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.submission.SubmissionDtos.PeriodKindUpdate;
import vn.tiepdan.submission.SubmissionDtos.PeriodKindView;

/**
 * The report period kinds' windows and due dates, which Thanh tra tỉnh sets (DOMAIN.md §7.1: TT 01/2024/TT-TTCP
 * fixes the cut-offs, the internal due dates are the province's). A change moves the window and due date of the
 * reports not yet submitted (DRAFT, RETURNED); submitted reports keep theirs.
 */
@ApplicationScoped
class PeriodKindService {
    static final String ENTITY = "REPORT_PERIOD_KIND";

    private final EntityManager em;
    private final ReportPeriods periods;
    private final SubmissionService submissions;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;

    PeriodKindService(EntityManager em, ReportPeriods periods, SubmissionService submissions, AuditTrail audit,
            CurrentUser user, Clock clock) {
        this.em = em;
        this.periods = periods;
        this.submissions = submissions;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    List<PeriodKindView> list() {
        Set<String> known = known();
        return periods.kinds().stream().map(k -> view(k, known)).toList();
    }

    private Set<String> known() {
        Set<String> known = new HashSet<>();
        try {
            for (FormDefinition d : submissions.engine().definitions()) {
                known.add(d.code());
            }
        } catch (ProblemException e) {
            known.addAll(SubmissionService.TT01_FORMS);
        }
        return known;
    }

    private static PeriodKindView view(ReportPeriods.Kind k, Set<String> known) {
        return new PeriodKindView(k.code(), k.regime(), k.labelVi(), k.labelEn(), k.sortOrder(), k.startMonth(),
                k.startDay(), k.startYearOffset(), k.endMonth(), k.endDay(), k.dueMonth(), k.dueDay(),
                k.dueYearOffset(), k.narrativeRequired(), k.legalBasis(),
                SubmissionService.kindSet(k.regime()).stream().filter(known::contains).toList(), k.version());
    }

    @Transactional
    PeriodKindView update(String code, PeriodKindUpdate r) {
        ReportPeriods.Kind k = periods.kind(code).orElseThrow(ProblemException::notFound);
        if (r == null || r.version() == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (r.version() != k.version()) {
            throw ProblemException.staleVersion(k.version());
        }
        boolean month = "MONTH".equals(k.code());
        List<FieldIssue> issues = new ArrayList<>();
        if (month) {
            for (var f : Map.of("startMonth", nn(r.startMonth()), "startDay", nn(r.startDay()), "endMonth",
                    nn(r.endMonth()), "endDay", nn(r.endDay()), "dueMonth", nn(r.dueMonth()), "startYearOffset",
                    nn(r.startYearOffset()), "dueYearOffset", nn(r.dueYearOffset())).entrySet()) {
                if (f.getValue()) {
                    issues.add(FieldIssue.of(f.getKey(), "MONTH_FIXED", "submission.kind.month-fixed"));
                }
            }
        }
        Integer startMonth = or(r.startMonth(), k.startMonth());
        Integer startDay = or(r.startDay(), k.startDay());
        int startOffset = or(r.startYearOffset(), k.startYearOffset());
        Integer endMonth = or(r.endMonth(), k.endMonth());
        Integer endDay = or(r.endDay(), k.endDay());
        Integer dueMonth = or(r.dueMonth(), k.dueMonth());
        int dueDay = or(r.dueDay(), k.dueDay());
        int dueOffset = or(r.dueYearOffset(), k.dueYearOffset());
        boolean narrative = or(r.narrativeRequired(), k.narrativeRequired());
        String legal = r.legalBasis() == null ? k.legalBasis() : r.legalBasis().strip();
        if (legal.isEmpty() || legal.length() > 500) {
            issues.add(FieldIssue.of("legalBasis", legal.isEmpty() ? "REQUIRED" : "TOO_LONG",
                    legal.isEmpty() ? "validation.required" : "submission.field.too-long", 500));
        }
        if (startOffset != -1 && startOffset != 0) {
            issues.add(FieldIssue.of("startYearOffset", "OUT_OF_RANGE", "submission.kind.start-offset"));
        }
        if (dueOffset != 0 && dueOffset != 1) {
            issues.add(FieldIssue.of("dueYearOffset", "OUT_OF_RANGE", "submission.kind.due-offset"));
        }
        if (!month) {
            monthDay("startMonth", "startDay", startMonth, startDay, issues);
            monthDay("endMonth", "endDay", endMonth, endDay, issues);
            monthDay("dueMonth", "dueDay", dueMonth, dueDay, issues);
        } else if (dueDay < 1 || dueDay > 31) {
            issues.add(FieldIssue.of("dueDay", "OUT_OF_RANGE", "submission.kind.day"));
        }
        if (issues.isEmpty() && !month) {
            // A sample year: the window must not be empty and the due date must come after it ends.
            int y = 2026;
            LocalDate from = clamp(y + startOffset, startMonth, startDay);
            LocalDate to = clamp(y, endMonth, endDay);
            LocalDate due = clamp(y + dueOffset, dueMonth, dueDay);
            if (!to.isAfter(from)) {
                issues.add(FieldIssue.of("endMonth", "WINDOW_EMPTY", "submission.kind.window-empty"));
            } else if (!due.isAfter(to)) {
                issues.add(FieldIssue.of("dueDay", "DUE_BEFORE_END", "submission.kind.due-before-end"));
            }
        }
        if (!issues.isEmpty()) {
            throw ProblemException.invalid(issues);
        }
        int n = em.createNativeQuery("update report_period_kind set start_month = ?1, start_day = ?2, "
                + "start_year_offset = ?3, end_month = ?4, end_day = ?5, due_month = ?6, due_day = ?7, "
                + "due_year_offset = ?8, narrative_required = ?9, legal_basis = ?10, version = version + 1, "
                + "updated_at = ?11, updated_by = ?12 where code = ?13 and version = ?14")
                .setParameter(1, startMonth).setParameter(2, startDay).setParameter(3, startOffset)
                .setParameter(4, endMonth).setParameter(5, endDay).setParameter(6, dueMonth).setParameter(7, dueDay)
                .setParameter(8, dueOffset).setParameter(9, narrative).setParameter(10, legal)
                .setParameter(11, clock.instant().truncatedTo(ChronoUnit.MICROS)).setParameter(12, user.username())
                .setParameter(13, code).setParameter(14, k.version()).executeUpdate();
        if (n != 1) {
            throw ProblemException.staleVersion(k.version());
        }
        int moved = 0;
        List<ReportSubmission> open = em.createQuery("from ReportSubmission s where s.periodKind = :kind and s.status "
                + "in (:open)", ReportSubmission.class).setParameter("kind", code)
                .setParameter("open", List.of(SubmissionStatus.DRAFT, SubmissionStatus.RETURNED)).getResultList();
        for (ReportSubmission s : open) {
            ReportPeriod p = periods.parse(s.periodCode);
            if (!p.from().equals(s.fromOn) || !p.to().equals(s.toOn) || !p.dueOn().equals(s.dueOn)) {
                s.fromOn = p.from();
                s.toOn = p.to();
                s.dueOn = p.dueOn();
                moved++;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("startMonth", startMonth);
        details.put("startDay", startDay);
        details.put("startYearOffset", startOffset);
        details.put("endMonth", endMonth);
        details.put("endDay", endDay);
        details.put("dueMonth", dueMonth);
        details.put("dueDay", dueDay);
        details.put("dueYearOffset", dueOffset);
        details.put("narrativeRequired", narrative);
        details.put("openReportsMoved", moved);
        details.values().removeIf(java.util.Objects::isNull);
        audit.record(AuditAction.UPDATE, ENTITY, code, null, details);
        em.flush();
        return view(periods.kind(code).orElseThrow(), known());
    }

    private static boolean nn(Object o) {
        return o != null;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static void monthDay(String monthField, String dayField, Integer month, Integer day,
            List<FieldIssue> issues) {
        if (month == null || month < 1 || month > 12) {
            issues.add(FieldIssue.of(monthField, "OUT_OF_RANGE", "submission.kind.month"));
            return;
        }
        // 29 February is allowed (clamped to the 28th in other years); 31 April is not a day
        int max = YearMonth.of(2024, month).lengthOfMonth();
        if (day == null || day < 1 || day > max) {
            issues.add(FieldIssue.of(dayField, "OUT_OF_RANGE", "submission.kind.day-of-month", max));
        }
    }

    private static LocalDate clamp(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
