package vn.tiepdan.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.tiepdan.calendar.WorkingCalendar;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.Violations;

/**
 * Computes a due date from one rule version (DOMAIN.md §6.0). Pure: the rule and the facts come in, the days off
 * come only from {@link WorkingCalendar}.
 * <ul>
 * <li>Counting starts the day after the triggering event (Bộ luật Dân sự 2015, Điều 147).</li>
 * <li>WORKING_DAY: n working days after the event ({@link WorkingCalendar#plusWorkingDays}).</li>
 * <li>CALENDAR_DAY, MONTH, YEAR: calendar days, months or years; a last day off moves to the next working day
 * (Bộ luật Dân sự 2015, Điều 148).</li>
 * <li>Extensions (Luật Tố cáo 2018, Điều 30(2),(3)) and, where the rule says so, pause days (Điều 34) are added to
 * the period before that move [I: one move at the end].</li>
 * </ul>
 */
final class DeadlineCalculator {
    static final String MAX_EXTENSIONS = "maxExtensions";
    static final String EXTENSION_DAYS = "extensionDays";
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DeadlineCalculator() {
    }

    static Due compute(DeadlineRule rule, LocalDate start, Set<DeadlineVariant> variants, List<DeadlinePause> pauses,
            List<DeadlineExtension> extensions, WorkingCalendar calendar) {
        return compute(rule, start, variants, pauses, extensions, calendar, p -> rule.pausesExcluded());
    }

    /**
     * As above; {@code excluded} tells which pauses are not counted. A pause is governed by the law in force on the
     * day it began (DOMAIN.md §0.2: the rule version in force on the triggering event's date), which may exclude it
     * even when the version the period started under did not.
     */
    static Due compute(DeadlineRule rule, LocalDate start, Set<DeadlineVariant> variants, List<DeadlinePause> pauses,
            List<DeadlineExtension> extensions, WorkingCalendar calendar, Predicate<DeadlinePause> excluded) {
        List<String> steps = new ArrayList<>();
        List<DueAdjustment> adjustments = new ArrayList<>();
        steps.add("Quy tắc " + rule.code() + " (phiên bản hiệu lực từ " + VN.format(rule.validFrom()) + "): "
                + rule.legalBasis() + ".");
        steps.add("Sự kiện bắt đầu: " + rule.triggerEvent() + " ngày " + VN.format(start)
                + "; thời hạn tính từ ngày tiếp theo (Bộ luật Dân sự 2015, Điều 147).");
        steps.add("Thời hạn cơ bản: " + rule.duration() + " " + label(rule.unit()) + ".");

        boolean veryComplex = variants.contains(DeadlineVariant.VERY_COMPLEX);
        boolean complex = veryComplex || variants.contains(DeadlineVariant.COMPLEX);
        boolean remote = variants.contains(DeadlineVariant.REMOTE);

        String variantKey = variantKey(rule.variants(), complex, veryComplex, remote);
        Integer variantDays = variantKey == null ? null : ((Number) rule.variants().get(variantKey)).intValue();
        int period = rule.duration();
        if (variantKey != null && variantDays > rule.duration()) {
            period = variantDays;
            steps.add("Áp dụng trường hợp " + variantLabel(variantKey) + ": " + variantDays + " " + label(rule.unit())
                    + " thay cho " + rule.duration() + ".");
            adjustments.add(new DueAdjustment("VARIANT", variantDays - rule.duration(), null, null, variantKey));
        } else {
            variantKey = null;
            variantDays = null;
        }

        int extensionDays = extensions(rule, extensions, complex, veryComplex, steps, adjustments);
        int pausedDays = pauses(rule, start, pauses, calendar, steps, adjustments, excluded);

        LocalDate last;
        int days;
        switch (rule.unit()) {
            case WORKING_DAY -> {
                days = period + extensionDays + pausedDays;
                last = calendar.plusWorkingDays(start, days);
            }
            case CALENDAR_DAY -> {
                days = period + extensionDays + pausedDays;
                last = start.plusDays(days);
            }
            case MONTH -> {
                days = extensionDays + pausedDays;
                last = start.plusMonths(period).plusDays(days);
            }
            case YEAR -> {
                days = extensionDays + pausedDays;
                last = start.plusYears(period).plusDays(days);
            }
            default -> throw new IllegalStateException("unit " + rule.unit());
        }
        if (rule.unit() != DeadlineUnit.WORKING_DAY) {
            steps.add("Ngày cuối cùng của thời hạn theo lịch: " + VN.format(last) + ".");
        }
        requireCalendar(rule.unit(), rule.unit() == DeadlineUnit.WORKING_DAY ? start.plusDays(1) : last, last,
                calendar, steps);
        LocalDate due = last;
        LocalDate shiftedFrom = null;
        if (!calendar.isWorkingDay(last)) {
            due = calendar.nextWorkingDay(last);
            shiftedFrom = last;
            steps.add(VN.format(last) + " là ngày nghỉ; thời hạn kết thúc vào ngày làm việc tiếp theo " + VN.format(due)
                    + " (Bộ luật Dân sự 2015, Điều 148).");
            adjustments.add(new DueAdjustment("SHIFT", (int) ChronoUnit.DAYS.between(last, due), last, due, null));
        }
        requireCalendar(rule.unit(), due, due, calendar, steps);
        if (rule.needsLegalConfirmation()) {
            steps.add("Lưu ý: đơn vị tính của quy tắc này là mặc định thiết kế, đang chờ xác nhận pháp lý.");
        }
        steps.add("Hạn: " + VN.format(due) + ".");
        return new Due(due, rule.code(), rule.validFrom(), rule.legalBasis(), rule.needsLegalConfirmation(),
                rule.triggerEvent(), start, rule.unit(), rule.duration(), variantKey, variantDays, pausedDays,
                List.copyOf(extensions), rule.unit() == DeadlineUnit.WORKING_DAY || rule.unit()
                        == DeadlineUnit.CALENDAR_DAY ? days : period, shiftedFrom, adjustments, steps);
    }

    /**
     * Refuses (409 calendar CALENDAR_MISSING) a due date in days that depends on a year with no working-day
     * calendar, so no weekends-only date reaches a case (Bộ luật Dân sự 2015, Điều 148 needs that year's days off).
     * Month and year periods (a lawsuit's year, a filed petition's retention) only flag it in the derivation: their
     * end is far off and the calendar will be entered before it.
     */
    private static void requireCalendar(DeadlineUnit unit, LocalDate from, LocalDate to, WorkingCalendar calendar,
            List<String> steps) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (calendar.hasYear(y)) {
                continue;
            }
            if (unit == DeadlineUnit.WORKING_DAY || unit == DeadlineUnit.CALENDAR_DAY) {
                throw ProblemException.conflict("calendar", "CALENDAR_MISSING", "deadline.calendar.missing",
                        String.valueOf(y));
            }
            String note = "Lưu ý: chưa có lịch ngày làm việc năm " + y + "; ngày nghỉ lễ của năm đó chưa được tính.";
            if (!steps.contains(note)) {
                steps.add(note);
            }
        }
    }

    /** The most specific variant of the rule the facts select: a combined key first, else the longest single one. */
    static String variantKey(Map<String, Object> variants, boolean complex, boolean veryComplex, boolean remote) {
        List<String> combined = new ArrayList<>();
        if (remote && veryComplex) {
            combined.add("REMOTE_VERY_COMPLEX");
        }
        if (remote && complex) {
            combined.add("REMOTE_COMPLEX");
        }
        for (String key : combined) {
            if (variants.get(key) instanceof Number) {
                return key;
            }
        }
        String best = null;
        for (String key : List.of("VERY_COMPLEX", "COMPLEX", "REMOTE")) {
            boolean applies = switch (key) {
                case "VERY_COMPLEX" -> veryComplex;
                case "COMPLEX" -> complex;
                default -> remote;
            };
            if (applies && variants.get(key) instanceof Number n
                    && (best == null || n.intValue() > ((Number) variants.get(best)).intValue())) {
                best = key;
            }
        }
        return best;
    }

    /** Luật Tố cáo 2018, Điều 30(2),(3): complex once, very complex twice, each at most extensionDays. */
    private static int extensions(DeadlineRule rule, List<DeadlineExtension> extensions, boolean complex,
            boolean veryComplex, List<String> steps, List<DueAdjustment> adjustments) {
        if (extensions.isEmpty()) {
            return 0;
        }
        if (!(rule.variants().get(MAX_EXTENSIONS) instanceof Map<?, ?> max)) {
            throw ProblemException.invalid("extensions", "EXTENSION_NOT_ALLOWED", "deadline.extensions.not-allowed",
                    rule.code());
        }
        int allowed = allowed(max, complex, veryComplex);
        if (extensions.size() > allowed) {
            throw ProblemException.invalid("extensions", "TOO_MANY_EXTENSIONS", "deadline.extensions.too-many",
                    allowed, extensions.size());
        }
        int perExtension = rule.variants().get(EXTENSION_DAYS) instanceof Number n ? n.intValue() : 0;
        Violations violations = new Violations();
        for (int i = 0; i < extensions.size(); i++) {
            DeadlineExtension e = extensions.get(i);
            if (e == null) {
                violations.add("extensions[" + i + "]", "REQUIRED", "validation.required");
                continue;
            }
            if (violations.require(e.days(), "extensions[" + i + "].days")
                    && (e.days() < 1 || e.days() > perExtension)) {
                violations.add("extensions[" + i + "].days", "OUT_OF_RANGE", "deadline.extensions.days", perExtension);
            }
            violations.require(e.decisionRef(), "extensions[" + i + "].decisionRef");
            violations.maxLength(e.decisionRef(), 255, "extensions[" + i + "].decisionRef");
        }
        violations.throwIfAny();
        int total = 0;
        for (int i = 0; i < extensions.size(); i++) {
            DeadlineExtension e = extensions.get(i);
            total += e.days();
            steps.add("Gia hạn lần " + (i + 1) + ": thêm " + e.days() + " " + label(rule.unit() == DeadlineUnit
                    .WORKING_DAY ? DeadlineUnit.WORKING_DAY : DeadlineUnit.CALENDAR_DAY) + " (quyết định "
                    + e.decisionRef().strip() + ").");
            adjustments.add(new DueAdjustment("EXTENSION", e.days(), null, null, e.decisionRef().strip()));
        }
        return total;
    }

    private static int allowed(Map<?, ?> max, boolean complex, boolean veryComplex) {
        return veryComplex ? count(max, "VERY_COMPLEX", count(max, "COMPLEX", 0)) : complex ? count(max, "COMPLEX", 0) : 0;
    }

    /** How many extensions the rule allows for the variants; 0 when the rule has none. */
    static int allowedExtensions(DeadlineRule rule, Set<DeadlineVariant> variants) {
        boolean veryComplex = variants.contains(DeadlineVariant.VERY_COMPLEX);
        boolean complex = veryComplex || variants.contains(DeadlineVariant.COMPLEX);
        return rule.variants().get(MAX_EXTENSIONS) instanceof Map<?, ?> max ? allowed(max, complex, veryComplex) : 0;
    }

    private static int count(Map<?, ?> max, String key, int otherwise) {
        return max.get(key) instanceof Number n ? n.intValue() : otherwise;
    }

    /** Days of the pauses not counted (Luật Tố cáo 2018, Điều 34); ignored unless the rule excludes pauses. */
    private static int pauses(DeadlineRule rule, LocalDate start, List<DeadlinePause> pauses,
            WorkingCalendar calendar, List<String> steps, List<DueAdjustment> adjustments,
            Predicate<DeadlinePause> excluded) {
        if (pauses.isEmpty()) {
            return 0;
        }
        Violations violations = new Violations();
        for (int i = 0; i < pauses.size(); i++) {
            DeadlinePause p = pauses.get(i);
            if (p == null) {
                violations.add("pauses[" + i + "]", "REQUIRED", "validation.required");
                continue;
            }
            boolean from = violations.require(p.from(), "pauses[" + i + "].from");
            boolean to = violations.require(p.to(), "pauses[" + i + "].to");
            if (from && !p.from().isAfter(start)) {
                violations.add("pauses[" + i + "].from", "BEFORE_START", "deadline.pause.before-start");
            }
            if (from && to && p.to().isBefore(p.from())) {
                violations.add("pauses[" + i + "].to", "BEFORE_FROM", "calendar.to.before-from");
            }
            if (from && to && ChronoUnit.DAYS.between(p.from(), p.to()) > 3660) {
                violations.add("pauses[" + i + "].to", "RANGE_TOO_LONG", "calendar.range.too-long", 3660);
            }
        }
        violations.throwIfAny();
        List<DeadlinePause> counted = pauses.stream().filter(excluded).toList();
        if (counted.size() < pauses.size()) {
            steps.add("Quy tắc này không loại trừ thời gian tạm dừng; " + (pauses.size() - counted.size())
                    + " khoảng tạm dừng không làm thay đổi thời hạn.");
        }
        if (counted.isEmpty()) {
            return 0;
        }
        pauses = counted;
        Set<LocalDate> days = new TreeSet<>();
        for (DeadlinePause p : pauses) {
            for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        int paused = 0;
        if (rule.unit() == DeadlineUnit.WORKING_DAY) {
            WorkingCalendar.Days range = calendar.between(((TreeSet<LocalDate>) days).first(),
                    ((TreeSet<LocalDate>) days).last());
            for (LocalDate d : days) {
                paused += range.isWorkingDay(d) ? 1 : 0;
            }
        } else {
            paused = days.size();
        }
        for (DeadlinePause p : pauses) {
            int n = (int) ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
            steps.add("Không tính thời gian tạm đình chỉ/trở ngại từ " + VN.format(p.from()) + " đến "
                    + VN.format(p.to()) + " (" + n + " ngày).");
            adjustments.add(new DueAdjustment("PAUSE", n, p.from(), p.to(), null));
        }
        steps.add("Cộng thêm " + paused + " " + label(rule.unit() == DeadlineUnit.WORKING_DAY
                ? DeadlineUnit.WORKING_DAY : DeadlineUnit.CALENDAR_DAY) + " tạm dừng.");
        return paused;
    }

    private static String label(DeadlineUnit unit) {
        return switch (unit) {
            case WORKING_DAY -> "ngày làm việc";
            case CALENDAR_DAY -> "ngày";
            case MONTH -> "tháng";
            case YEAR -> "năm";
        };
    }

    private static String variantLabel(String key) {
        return switch (key) {
            case "COMPLEX" -> "vụ việc phức tạp";
            case "VERY_COMPLEX" -> "vụ việc đặc biệt phức tạp";
            case "REMOTE" -> "vùng sâu, vùng xa";
            case "REMOTE_COMPLEX" -> "vùng sâu, vùng xa và phức tạp";
            default -> key;
        };
    }
}
