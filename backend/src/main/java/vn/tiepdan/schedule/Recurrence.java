package vn.tiepdan.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * An RFC 5545 RRULE of a reception schedule, parsed and expanded by ical4j over whole days. Supported: FREQ
 * DAILY, WEEKLY or MONTHLY with BYDAY (ordinals such as 2TU for monthly), BYMONTHDAY, INTERVAL, COUNT, UNTIL.
 * Times of day come from the schedule's slot, so BYHOUR/BYMINUTE/BYSECOND are refused.
 */
final class Recurrence {
    private static final Set<Frequency> FREQUENCIES = Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY);
    private static final Pattern TIME_PARTS = Pattern.compile("(?i)(^|;)BY(HOUR|MINUTE|SECOND)=");
    /** UNTIL may carry a time (…T235959Z); a session is a whole day, so only the date counts. */
    private static final Pattern UNTIL_TIME = Pattern.compile("(?i)(UNTIL=\\d{8})T\\d{6}Z?");

    private final Recur<LocalDate> recur;

    private Recurrence(Recur<LocalDate> recur) {
        this.recur = recur;
    }

    /** Parses the rule; an unsupported or malformed one throws IllegalArgumentException. */
    static Recurrence parse(String rrule) {
        if (rrule == null || rrule.isBlank() || rrule.length() > 500) {
            throw new IllegalArgumentException("empty or too long");
        }
        String text = rrule.strip();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6)) {
            text = text.substring(6);
        }
        if (TIME_PARTS.matcher(text).find()) {
            throw new IllegalArgumentException("times of day belong to the slot");
        }
        text = UNTIL_TIME.matcher(text).replaceAll("$1");
        Recur<LocalDate> recur;
        try {
            recur = new Recur<>(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed RRULE", e);
        }
        if (recur.getFrequency() == null || !FREQUENCIES.contains(recur.getFrequency())) {
            throw new IllegalArgumentException("unsupported FREQ");
        }
        Recurrence recurrence = new Recurrence(recur);
        // Expanding once catches parts ical4j accepts but cannot apply.
        recurrence.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        return recurrence;
    }

    /** The occurrences in [from, to] of the rule started on {@code seed} (DTSTART = the schedule's first day). */
    List<LocalDate> dates(LocalDate seed, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        try {
            return recur.getDates(seed, from, to.plusDays(1)).stream()
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to) && !d.isBefore(seed)).sorted().distinct()
                    .toList();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("RRULE cannot be expanded", e);
        }
    }

    @Override
    public String toString() {
        return recur.toString();
    }
}
