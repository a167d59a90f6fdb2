package vn.tiepdan.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A session counts as started late when the check-in comes more than {@link #TOLERANCE} after the planned start
 * (local rule of the "Buổi sáng với Nhân dân" discipline checks, CV 10549 §3: Sở Nội vụ inspects punctuality).
 */
public final class LateArrivalRule {
    public static final Duration TOLERANCE = Duration.ofMinutes(10);

    private LateArrivalRule() {
    }

    public static boolean isLate(LocalDateTime plannedStart, Instant actualStart, ZoneId zone) {
        return actualStart != null && actualStart.isAfter(plannedStart.atZone(zone).toInstant().plus(TOLERANCE));
    }
}
