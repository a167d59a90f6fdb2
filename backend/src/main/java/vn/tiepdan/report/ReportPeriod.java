package vn.tiepdan.report;

import java.time.LocalDate;

/**
 * A resolved report period: its code, kind (a {@code report_period_kind} code or {@code RANGE}), year, window and
 * due date (null for a free range). Built by {@link ReportPeriods}.
 */
public record ReportPeriod(String code, String kind, int year, LocalDate from, LocalDate to, LocalDate dueOn,
        String label) {
    public static final String RANGE = "RANGE";

    public ReportWindow window() {
        return new ReportWindow(from, to);
    }

    public boolean isRange() {
        return RANGE.equals(kind);
    }

    public PeriodView view() {
        return new PeriodView(code, kind, from, to, label, dueOn);
    }
}
