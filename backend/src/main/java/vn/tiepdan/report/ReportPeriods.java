package vn.tiepdan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiepdan.shared.api.ProblemException;

/**
 * Report periods (DOMAIN.md §7.1, §7.4): the TT 01/2024/TT-TTCP cut-offs (Q1–Q4, 6-month, 9-month, annual: from
 * the 15th of the month before to the 14th), the model's monthly, 6-month and annual reports, and any date range.
 * Windows and due dates come from the {@code report_period_kind} table, which Thanh tra tỉnh edits.
 */
@ApplicationScoped
public class ReportPeriods {
    /** The longest free range accepted (a five-year dashboard or report). */
    public static final int MAX_RANGE_DAYS = 366 * 6;
    private static final Pattern NAMED = Pattern.compile("^(\\d{4})-(Q[1-4]|H1|9M|Y|BSVND-H1|BSVND-Y)$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$");

    private final EntityManager em;

    ReportPeriods(EntityManager em) {
        this.em = em;
    }

    /** A period kind's configuration row. */
    public record Kind(String code, String regime, String labelVi, String labelEn, int sortOrder, Integer startMonth,
            Integer startDay, int startYearOffset, Integer endMonth, Integer endDay, Integer dueMonth, int dueDay,
            int dueYearOffset, boolean narrativeRequired, String legalBasis, long version) {
    }

    /**
     * The period named by {@code period}, or the range {@code from}..{@code to} when {@code period} is empty. Bad
     * input is a 400 problem naming {@code period}, {@code from} or {@code to}.
     */
    public ReportPeriod resolve(String period, LocalDate from, LocalDate to) {
        if (period != null && !period.isBlank()) {
            if (from != null || to != null) {
                throw ProblemException.invalid("period", "EXCLUSIVE", "report.period.exclusive");
            }
            return parse(period.trim());
        }
        if (from == null) {
            throw ProblemException.invalid("from", "REQUIRED", "report.period.required");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "REQUIRED", "report.period.required");
        }
        return range(from, to);
    }

    /** Parses a period code; a free range is written {@code 2026-01-01..2026-03-31}. */
    public ReportPeriod parse(String code) {
        Matcher m = NAMED.matcher(code);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            String kind = switch (m.group(2)) {
                case "BSVND-H1" -> "BSVND_H1";
                case "BSVND-Y" -> "BSVND_Y";
                default -> m.group(2);
            };
            return named(kind, year);
        }
        m = MONTH.matcher(code);
        if (m.matches()) {
            return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = RANGE.matcher(code);
        if (m.matches()) {
            try {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("period", "INVALID", "report.period.invalid");
            }
        }
        throw ProblemException.invalid("period", "INVALID", "report.period.invalid");
    }

    /** A free range, both days inclusive. */
    public ReportPeriod range(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "BEFORE_FROM", "report.period.to-before-from");
        }
        if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw ProblemException.invalid("to", "TOO_LONG", "report.period.too-long");
        }
        String code = from + ".." + to;
        return new ReportPeriod(code, ReportPeriod.RANGE, to.getYear(), from, to, null,
                "Từ ngày " + vi(from) + " đến ngày " + vi(to));
    }

    /** A named period of a kind in a year (not MONTH). */
    public ReportPeriod named(String kindCode, int year) {
        checkYear(year);
        Kind k = kind(kindCode).orElseThrow(() -> ProblemException.invalid("period", "INVALID",
                "report.period.invalid"));
        if ("MONTH".equals(k.code())) {
            throw ProblemException.invalid("period", "INVALID", "report.period.invalid");
        }
        LocalDate from = safeDate(year + k.startYearOffset(), k.startMonth(), k.startDay());
        LocalDate to = safeDate(year, k.endMonth(), k.endDay());
        LocalDate due = safeDate(year + k.dueYearOffset(), k.dueMonth(), k.dueDay());
        String code = year + "-" + switch (k.code()) {
            case "BSVND_H1" -> "BSVND-H1";
            case "BSVND_Y" -> "BSVND-Y";
            default -> k.code();
        };
        return new ReportPeriod(code, k.code(), year, from, to, due, label(k.labelVi(), year));
    }

    /** The model's monthly report: the calendar month, due on the configured day of the next month. */
    public ReportPeriod month(YearMonth month) {
        checkYear(month.getYear());
        Kind k = kind("MONTH").orElseThrow();
        YearMonth next = month.plusMonths(1);
        LocalDate due = next.atDay(Math.min(k.dueDay(), next.lengthOfMonth()));
        return new ReportPeriod(month.toString(), "MONTH", month.getYear(), month.atDay(1), month.atEndOfMonth(), due,
                "Tháng " + String.format("%02d/%d", month.getMonthValue(), month.getYear()));
    }

    /** Every named period of a year, in the configured order (months last, January to December). */
    public List<ReportPeriod> ofYear(int year) {
        List<ReportPeriod> out = new ArrayList<>();
        for (Kind k : kinds()) {
            if (!"MONTH".equals(k.code())) {
                out.add(named(k.code(), year));
            }
        }
        for (int m = 1; m <= 12; m++) {
            out.add(month(YearMonth.of(year, m)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<Kind> kinds() {
        List<Object[]> rows = em.createNativeQuery("select code, regime, label_vi, label_en, sort_order, start_month, "
                + "start_day, start_year_offset, end_month, end_day, due_month, due_day, due_year_offset, "
                + "narrative_required, legal_basis, version from report_period_kind order by sort_order")
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().map(ReportPeriods::toKind).toList();
    }

    public Optional<Kind> kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    private static Kind toKind(Object[] r) {
        return new Kind((String) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                integer(r[5]), integer(r[6]), ((Number) r[7]).intValue(), integer(r[8]), integer(r[9]), integer(r[10]),
                ((Number) r[11]).intValue(), ((Number) r[12]).intValue(), (Boolean) r[13], (String) r[14],
                ((Number) r[15]).longValue());
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("period", "YEAR_OUT_OF_RANGE", "report.period.year");
        }
    }

    /** The day, clamped to the month's length (a configured 31 in a 30-day month is its last day). */
    private static LocalDate safeDate(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** "Quý I năm 2026", "Năm 2026", "6 tháng năm 2026 (mô hình …)". */
    static String label(String kindLabel, int year) {
        int paren = kindLabel.indexOf(" (");
        String head = paren < 0 ? kindLabel : kindLabel.substring(0, paren);
        String tail = paren < 0 ? "" : kindLabel.substring(paren);
        return (head.equalsIgnoreCase("Năm") ? head + " " + year : head + " năm " + year) + tail;
    }

    private static String vi(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
