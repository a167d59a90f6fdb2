package vn.tiepdan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.report.ReportUnits.ReportUnit;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;

/**
 * The form engine (DOMAIN.md §7.3): finds the {@link FormCalculator} beans, asks one for its units' own values in
 * one call, rolls the values up along the tree (paths) into the OWN row, one row per direct child subtree and the
 * TOTAL, and evaluates every printed cross-check on every row.
 */
@ApplicationScoped
public class DefaultFormEngine implements FormEngine {
    /** The order of the official forms in lists; other codes follow alphabetically. */
    static final List<String> ORDER = List.of("01-TCD", "01-XLD", "02-XLD", "03-XLD", "04-XLD", "01-KQGQ", "03-KQGQ");
    public static final String OWN = "OWN";
    public static final String CHILD = "CHILD";
    public static final String TOTAL = "TOTAL";

    private final Instance<FormCalculator> calculators;
    private final ReportUnits units;
    private final Clock clock;
    private volatile Map<String, FormCalculator> byCode;

    DefaultFormEngine(@Any Instance<FormCalculator> calculators, ReportUnits units, Clock clock) {
        this.calculators = calculators;
        this.units = units;
        this.clock = clock;
    }

    private Map<String, FormCalculator> byCode() {
        if (byCode == null) {
            List<FormCalculator> all = new ArrayList<>();
            calculators.forEach(all::add);
            all.sort(Comparator.comparing((FormCalculator c) -> rank(c.definition().code()))
                    .thenComparing(c -> c.definition().code()));
            Map<String, FormCalculator> map = new LinkedHashMap<>();
            for (FormCalculator c : all) {
                map.put(c.definition().code(), c);
            }
            byCode = map;
        }
        return byCode;
    }

    private static int rank(String code) {
        int i = ORDER.indexOf(code);
        return i < 0 ? ORDER.size() : i;
    }

    @Override
    public List<FormDefinition> definitions() {
        return byCode().values().stream().map(FormCalculator::definition).toList();
    }

    @Override
    public FormDefinition definition(String code) {
        return calculator(code).definition();
    }

    private FormCalculator calculator(String code) {
        FormCalculator c = code == null ? null : byCode().get(code);
        if (c == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, List.of(new Problem.FieldError("code", "UNKNOWN_FORM",
                    "Không có biểu mẫu " + code)), "report.form.unknown", String.valueOf(code));
        }
        return c;
    }

    @Override
    public FormResult compute(String code, UUID unitId, ReportPeriod period) {
        FormCalculator calc = calculator(code);
        FormDefinition def = calc.definition();
        int width = def.columns().size();
        ReportUnit top = units.find(unitId).orElseThrow(ProblemException::notFound);
        ReportWindow window = period.window();
        List<ReportUnit> subtree = units.subtree(top, window);
        Map<UUID, BigDecimal[]> values = subtree.isEmpty() ? Map.of()
                : calc.compute(window, subtree.stream().map(ReportUnit::id).toList());

        BigDecimal[] own = zeros(width);
        Map<UUID, BigDecimal[]> childSums = new LinkedHashMap<>();
        for (ReportUnit u : subtree) {
            BigDecimal[] v = values.get(u.id());
            if (u.id().equals(top.id())) {
                add(own, v);
                continue;
            }
            UUID child = childOf(top, u);
            add(childSums.computeIfAbsent(child, k -> zeros(width)), v);
        }
        List<FormRow> rows = new ArrayList<>();
        BigDecimal[] total = zeros(width);
        rows.add(row(OWN, top.id(), top.code(), top.name(), own));
        add(total, own);
        for (ReportUnit child : units.children(top)) {
            BigDecimal[] sum = childSums.get(child.id());
            if (sum != null) {
                rows.add(row(CHILD, child.id(), child.code(), child.name(), sum));
                add(total, sum);
            }
        }
        rows.add(row(TOTAL, top.id(), top.code(), top.root() ? "Toàn tỉnh" : "Tổng cộng", total));

        List<CheckResult> checks = new ArrayList<>();
        for (String written : def.checks()) {
            CrossCheck check = CrossCheck.parse(written);
            List<CheckResult.Failure> failures = new ArrayList<>();
            for (FormRow r : rows) {
                CheckResult.Failure f = check.evaluate(r);
                if (f != null) {
                    failures.add(f);
                }
            }
            checks.add(new CheckResult(check.rule(), failures.isEmpty(), List.copyOf(failures)));
        }
        boolean valid = checks.stream().allMatch(CheckResult::ok);
        return new FormResult(def, top.id(), top.code(), top.name(), period.view(), List.copyOf(rows),
                List.copyOf(checks), valid, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public PageResponse<DrillItem> drill(String code, UUID rowUnitId, String rowKind, ReportPeriod period, int column,
            PageParams page) {
        FormCalculator calc = calculator(code);
        int width = calc.definition().columns().size();
        if (column < 1 || column > width) {
            throw ProblemException.invalid("column", "OUT_OF_RANGE", "report.form.column", width);
        }
        ReportUnit unit = units.find(rowUnitId).orElseThrow(ProblemException::notFound);
        ReportWindow window = period.window();
        Collection<UUID> ids = switch (rowKind == null ? "" : rowKind) {
            case OWN -> List.of(unit.id());
            case CHILD, TOTAL -> units.subtree(unit, window).stream().map(ReportUnit::id).toList();
            default -> throw ProblemException.invalid("rowKind", "INVALID", "report.form.row-kind");
        };
        return calc.drill(window, ids, column, page);
    }

    /** The direct child of {@code top} whose subtree holds {@code u} (from the materialised path). */
    private static UUID childOf(ReportUnit top, ReportUnit u) {
        String rest = u.path().substring(top.path().length());
        return UUID.fromString(rest.substring(0, rest.indexOf('/')));
    }

    private static FormRow row(String kind, UUID id, String code, String label, BigDecimal[] v) {
        return new FormRow(kind, id, code, label, List.copyOf(Arrays.asList(v)));
    }

    private static BigDecimal[] zeros(int width) {
        BigDecimal[] z = new BigDecimal[width];
        Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    private static void add(BigDecimal[] into, BigDecimal[] v) {
        if (v == null) {
            return;
        }
        for (int i = 0; i < into.length && i < v.length; i++) {
            if (v[i] != null) {
                into[i] = into[i].add(v[i]);
            }
        }
    }
}
