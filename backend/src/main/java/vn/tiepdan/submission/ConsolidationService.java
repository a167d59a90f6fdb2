package vn.tiepdan.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tiepdan.report.FormDefinition;
import vn.tiepdan.report.FormRow;
import vn.tiepdan.report.ReportPeriod;
import vn.tiepdan.report.ReportPeriods;
import vn.tiepdan.report.ReportUnits;
import vn.tiepdan.report.ReportWindow;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.submission.SubmissionDtos.Consolidation;
import vn.tiepdan.submission.SubmissionDtos.ExpectedUnit;

/**
 * The province's consolidation (DOMAIN.md §7.3 item 4: provincial totals = the sum of unit reports): one row per
 * ACCEPTED report (its TOTAL row), "Toàn tỉnh" as their sum, and the units that must report with their status.
 * Units that must report (DOMAIN.md §7.1 "who reports to whom" after 1/7/2025: commune UBND and provincial
 * agencies report to UBND tỉnh through Thanh tra tỉnh): the units below the province root of kind
 * COMMUNE_PEOPLES_COMMITTEE, DEPARTMENT or PROVINCIAL_OFFICE valid on some day of the window.
 */
@ApplicationScoped
class ConsolidationService {
    static final List<String> EXPECTED_KINDS = List.of("COMMUNE_PEOPLES_COMMITTEE", "DEPARTMENT", "PROVINCIAL_OFFICE");

    private final EntityManager em;
    private final ReportPeriods periods;
    private final SubmissionService submissions;
    private final Clock clock;
    private final ObjectMapper json;
    private final ReportUnits units;

    ConsolidationService(EntityManager em, ReportPeriods periods, SubmissionService submissions, Clock clock,
            ObjectMapper json, ReportUnits units) {
        this.units = units;
        this.em = em;
        this.periods = periods;
        this.submissions = submissions;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    Consolidation consolidate(String periodCode, String formCode) {
        if (periodCode == null || periodCode.isBlank()) {
            throw ProblemException.invalid("period", "REQUIRED", "validation.required");
        }
        if (formCode == null || formCode.isBlank()) {
            throw ProblemException.invalid("form", "REQUIRED", "validation.required");
        }
        ReportPeriod period = periods.parse(periodCode.trim());
        if (period.isRange()) {
            throw ProblemException.invalid("period", "RANGE_NOT_REPORTABLE", "submission.period.range");
        }
        FormDefinition form = submissions.engine().definition(formCode.trim());
        LocalDate today = LocalDate.now(clock.withZone(ReportWindow.ZONE));

        // accepted reports of the period, parents first (a parent's total already holds its children)
        @SuppressWarnings("unchecked")
        List<Object[]> accepted = em.createNativeQuery("select s.id, u.path, s.snapshot from report_submission s "
                + "join org_unit u on u.id = s.org_unit_id where s.period_code = ?1 and s.status = 'ACCEPTED' and not "
                + "s.consolidated order by length(u.path), u.code").setParameter(1, period.code())
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        List<String> included = new ArrayList<>();
        List<FormRow> rows = new ArrayList<>();
        BigDecimal[] total = new BigDecimal[form.columns().size()];
        java.util.Arrays.fill(total, BigDecimal.ZERO);
        for (Object[] a : accepted) {
            String path = (String) a[1];
            if (included.stream().anyMatch(path::startsWith)) {
                continue;
            }
            JsonNode snap;
            try {
                snap = json.readTree((String) a[2]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (JsonNode f : snap.get("forms")) {
                if (!form.code().equals(f.get("code").asText())) {
                    continue;
                }
                List<FormRow> stored = SubmissionService.rowsOf(f.get("rows"));
                FormRow t = stored.stream().filter(r -> "TOTAL".equals(r.kind())).findFirst()
                        .orElse(stored.isEmpty() ? null : stored.get(stored.size() - 1));
                if (t == null) {
                    continue;
                }
                JsonNode unit = snap.get("unit");
                rows.add(new FormRow("CHILD", UUID.fromString(unit.get("id").asText()), unit.get("code").asText(),
                        unit.get("name").asText(), t.values()));
                for (int i = 0; i < total.length && i < t.values().size(); i++) {
                    total[i] = total[i].add(t.values().get(i));
                }
                included.add(path);
            }
        }
        // The province is the tree's current root (ReportUnits), not a fixed id: a real tree has its own ids.
        ReportUnits.ReportUnit root = units.provinceRoot().orElseThrow(ProblemException::notFound);
        rows.add(new FormRow("TOTAL", root.id(), root.code(), "Toàn tỉnh", List.of(total)));

        @SuppressWarnings("unchecked")
        List<Object[]> expected = em.createNativeQuery("select u.id, u.code, u.name, u.kind, s.id, s.status, s.late, "
                + "s.submitted_at from org_unit u left join report_submission s on s.org_unit_id = u.id and "
                + "s.period_code = ?1 where u.path like ?2 and u.id <> ?3 and u.kind in (?4) and u.level <> 'EXTERNAL' "
                + "and u.valid_from <= ?5 and (u.valid_to is null or u.valid_to >= ?6) order by u.kind, u.code")
                .setParameter(1, period.code()).setParameter(2, root.path() + "%")
                .setParameter(3, root.id()).setParameter(4, EXPECTED_KINDS).setParameter(5, period.to())
                .setParameter(6, period.from()).setFlushMode(FlushModeType.COMMIT).getResultList();
        List<ExpectedUnit> list = new ArrayList<>();
        int acceptedCount = 0;
        for (Object[] e : expected) {
            String status = e[5] == null ? "MISSING" : (String) e[5];
            boolean submitted = "SUBMITTED".equals(status) || "ACCEPTED".equals(status);
            boolean late = submitted ? Boolean.TRUE.equals(e[6])
                    : LateSubmissionRule.late(today, period.dueOn());
            if ("ACCEPTED".equals(status)) {
                acceptedCount++;
            }
            list.add(new ExpectedUnit((UUID) e[0], (String) e[1], (String) e[2], (String) e[3], status, late,
                    (UUID) e[4], instant(e[7])));
        }
        return new Consolidation(period.view(), form, rows, list, list.size(), acceptedCount);
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
}
