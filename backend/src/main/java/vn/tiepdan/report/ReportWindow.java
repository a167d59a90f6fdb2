package vn.tiepdan.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days a report covers, both inclusive, in Asia/Ho_Chi_Minh. */
public record ReportWindow(LocalDate from, LocalDate to) {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public ReportWindow {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("window " + from + ".." + to);
        }
    }

    /** The first instant of {@link #from}. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@link #to}. */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
