package vn.tiepdan.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The colour of a running deadline, computed by the server: RED overdue or ≤ 3 days, AMBER ≤ 7, else GREEN. */
public final class DeadlineBadge {
    public static final int RED_DAYS = 3;
    public static final int AMBER_DAYS = 7;

    @Schema(description = "GREEN (more than 7 days left), AMBER (4–7), RED (3 or fewer, or overdue), NONE (no running "
            + "deadline, or paused).")
    public enum Colour {
        GREEN, AMBER, RED, NONE
    }

    /** daysLeft in calendar days (negative when overdue); null when paused or without a date. */
    public record Badge(Integer daysLeft, Colour colour, boolean overdue) {
    }

    private DeadlineBadge() {
    }

    public static Badge of(LocalDate dueOn, String status, LocalDate today) {
        if (dueOn == null || !"ACTIVE".equals(status)) {
            return new Badge(null, Colour.NONE, false);
        }
        int left = (int) ChronoUnit.DAYS.between(today, dueOn);
        boolean overdue = left < 0;
        Colour c = overdue || left <= RED_DAYS ? Colour.RED : left <= AMBER_DAYS ? Colour.AMBER : Colour.GREEN;
        return new Badge(left, c, overdue);
    }
}
