package vn.tiepdan.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;

/** Administrators' use cases of the working-day calendar; every change is audited. */
@ApplicationScoped
class CalendarService {
    static final String ENTITY = "CALENDAR_DAY";
    static final int MAX_RANGE_DAYS = 366;

    private final CalendarDayRepository days;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;

    CalendarService(CalendarDayRepository days, WorkingCalendar calendar, AuditTrail audit, CurrentUser user,
            Clock clock) {
        this.days = days;
        this.calendar = calendar;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    List<CalendarDayView> ofYear(int year, boolean includeClosed) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "OUT_OF_RANGE", "calendar.year.range");
        }
        return days.ofYear(year, includeClosed).stream().map(CalendarDay::view).toList();
    }

    List<DayStatus> statuses(LocalDate from, LocalDate to) {
        Violations violations = new Violations();
        violations.require(from, "from");
        violations.require(to, "to");
        violations.throwIfAny();
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "BEFORE_FROM", "calendar.to.before-from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw ProblemException.invalid("to", "RANGE_TOO_LONG", "calendar.range.too-long", MAX_RANGE_DAYS);
        }
        return calendar.between(from, to).all();
    }

    @Transactional
    CalendarDayView create(CalendarDayRequest request) {
        Violations violations = new Violations();
        violations.require(request.day(), "day");
        violations.require(request.kind(), "kind");
        text(request.name(), "name", 255, true, violations);
        text(request.legalBasis(), "legalBasis", 500, false, violations);
        violations.throwIfAny();
        if (days.activeOn(request.day(), new UUID(0, 0))) {
            throw ProblemException.conflict("day", "DAY_TAKEN", "calendar.day.taken", request.day().toString());
        }
        CalendarDay day = new CalendarDay(request.day(), request.kind(), clock.instant(), user.username());
        day.describe(request.name().strip(), strip(request.legalBasis()), Boolean.TRUE.equals(request.verified()));
        days.persist(day);
        audit.record(AuditAction.CREATE, ENTITY, day.id(), null, Map.of("day", day.day().toString(), "kind",
                day.kind().name(), "verified", day.verified()));
        return day.view();
    }

    @Transactional
    CalendarDayView update(UUID id, CalendarDayRequest request) {
        CalendarDay day = find(id);
        version(request.version(), day);
        Violations violations = new Violations();
        if (request.day() != null && !request.day().equals(day.day())) {
            violations.add("day", "READ_ONLY", "calendar.day.read-only");
        }
        if (request.name() != null) {
            text(request.name(), "name", 255, true, violations);
        }
        text(request.legalBasis(), "legalBasis", 500, false, violations);
        violations.throwIfAny();
        if (day.closedAt() != null) {
            throw ProblemException.conflict("version", "CLOSED", "calendar.day.closed");
        }
        if (request.kind() != null) {
            day.change(request.kind());
        }
        day.describe(request.name() == null ? day.name() : request.name().strip(),
                request.legalBasis() == null ? day.legalBasis() : strip(request.legalBasis()),
                request.verified() == null ? day.verified() : request.verified());
        day.touch(clock.instant(), user.username());
        days.flush();
        audit.record(AuditAction.UPDATE, ENTITY, day.id(), null, Map.of("day", day.day().toString(), "kind",
                day.kind().name(), "verified", day.verified()));
        return day.view();
    }

    @Transactional
    CalendarDayView close(UUID id, CloseCalendarDayRequest request) {
        CalendarDay day = find(id);
        version(request.version(), day);
        Violations violations = new Violations();
        text(request.reason(), "reason", 1000, true, violations);
        violations.throwIfAny();
        if (day.closedAt() != null) {
            throw ProblemException.conflict("version", "CLOSED", "calendar.day.closed");
        }
        day.close(request.reason().strip(), clock.instant(), user.username());
        days.flush();
        audit.record(AuditAction.CLOSE, ENTITY, day.id(), request.reason().strip(), Map.of("day",
                day.day().toString()));
        return day.view();
    }

    private CalendarDay find(UUID id) {
        return days.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    private static void version(Long version, CalendarDay day) {
        if (version == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (version != day.version()) {
            throw ProblemException.staleVersion(day.version());
        }
    }

    private static void text(String value, String field, int max, boolean required, Violations violations) {
        if (required && !violations.require(value, field)) {
            return;
        }
        violations.maxLength(value, max, field);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
