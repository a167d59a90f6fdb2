package vn.tiepdan.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.orgunit.OrgUnit;
import vn.tiepdan.orgunit.OrgUnitRepository;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ValidityDates;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Scope;

/**
 * Use cases of schedules. Editing or ending a schedule regenerates only its future sessions that nothing happened
 * to yet (PLANNED/PUBLISHED, not checked in, not delegated); held, cancelled and postponed sessions stay.
 */
@ApplicationScoped
class ScheduleService {
    static final String ENTITY = "RECEPTION_SCHEDULE";
    static final LocalTime DEFAULT_START = LocalTime.of(7, 0);
    static final LocalTime DEFAULT_END = LocalTime.of(8, 0);
    static final int MAX_GENERATE_DAYS = 92;

    private final ScheduleRepository schedules;
    private final SessionRepository sessions;
    private final SessionGenerator generator;
    private final Directory directory;
    private final OrgUnitRepository units;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;

    ScheduleService(ScheduleRepository schedules, SessionRepository sessions, SessionGenerator generator,
            Directory directory, OrgUnitRepository units, AuditTrail audit, Scope scope, CurrentUser user,
            Clock clock) {
        this.schedules = schedules;
        this.sessions = sessions;
        this.generator = generator;
        this.directory = directory;
        this.units = units;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    PageResponse<ScheduleView> list(UUID unit, boolean includeEnded, PageParams page) {
        return PageResponse.of(views(schedules.page(unit, includeEnded, scope, page)), page,
                schedules.count(unit, includeEnded, scope));
    }

    @Transactional
    ScheduleView get(UUID id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    ScheduleView create(ScheduleRequest r) {
        Violations v = new Violations();
        v.require(r.unitId(), "unitId");
        v.require(r.presidingOfficialId(), "presidingOfficialId");
        v.require(r.validFrom(), "validFrom");
        ValidityDates.check(r.validFrom(), LocalDate.now(clock), "validFrom", v);
        ValidityDates.check(r.validTo(), LocalDate.now(clock), "validTo", v);
        v.require(r.rrule(), "rrule");
        v.throwIfAny();
        OrgUnit unit = units.findInScope(r.unitId(), scope).orElse(null);
        if (unit == null) {
            throw ProblemException.invalid("unitId", "UNKNOWN_UNIT", "schedule.unit.unknown");
        }
        ReceptionSchedule s = new ReceptionSchedule(unit.id(), clock.instant(), user.username());
        s.title = r.title() == null || r.title().isBlank() ? "Tiếp công dân" : r.title().strip();
        s.rrule = r.rrule().strip();
        s.startTime = r.startTime() == null ? DEFAULT_START : r.startTime();
        s.endTime = r.endTime() == null ? DEFAULT_END : r.endTime();
        s.presidingOfficialId = r.presidingOfficialId();
        s.receptionPlaceId = r.receptionPlaceId();
        s.placeText = blankToNull(r.placeText());
        s.channel = r.channel() == null ? Channel.IN_PERSON : r.channel();
        s.kind = r.kind() == null ? ReceptionKind.PERIODIC : r.kind();
        s.program = r.program() == null ? Program.NONE : r.program();
        s.holidayPolicy = r.holidayPolicy() == null ? HolidayPolicy.SKIP : r.holidayPolicy();
        s.validFrom = r.validFrom();
        s.validTo = r.validTo();
        validate(s, unit);
        schedules.persist(s);
        schedules.flush();
        checkOverlap(s);
        GenerationResult generated = generator.generateWindow(s);
        audit.record(AuditAction.CREATE, ENTITY, s.id, null, Map.of("unitId", s.orgUnitId.toString(), "rrule",
                s.rrule, "sessionsCreated", generated.created()));
        return views(List.of(s)).get(0);
    }

    @Transactional
    ScheduleView update(UUID id, ScheduleRequest r) {
        ReceptionSchedule s = find(id);
        version(r.version(), s.version);
        if (r.unitId() != null && !r.unitId().equals(s.orgUnitId)) {
            throw ProblemException.invalid("unitId", "READ_ONLY", "schedule.unit.read-only");
        }
        if (s.endedAt != null) {
            throw ProblemException.conflict("validTo", "ENDED", "schedule.ended");
        }
        if (r.title() != null && !r.title().isBlank()) {
            s.title = r.title().strip();
        }
        if (r.rrule() != null) {
            s.rrule = r.rrule().strip();
        }
        s.startTime = r.startTime() == null ? s.startTime : r.startTime();
        s.endTime = r.endTime() == null ? s.endTime : r.endTime();
        s.presidingOfficialId = r.presidingOfficialId() == null ? s.presidingOfficialId : r.presidingOfficialId();
        if (r.receptionPlaceId() != null) {
            s.receptionPlaceId = r.receptionPlaceId();
            s.placeText = null;
        }
        if (r.placeText() != null) {
            s.placeText = blankToNull(r.placeText());
        }
        s.channel = r.channel() == null ? s.channel : r.channel();
        s.kind = r.kind() == null ? s.kind : r.kind();
        s.program = r.program() == null ? s.program : r.program();
        s.holidayPolicy = r.holidayPolicy() == null ? s.holidayPolicy : r.holidayPolicy();
        Violations dates = new Violations();
        ValidityDates.check(r.validFrom(), LocalDate.now(clock), "validFrom", dates);
        ValidityDates.check(r.validTo(), LocalDate.now(clock), "validTo", dates);
        dates.throwIfAny();
        s.validFrom = r.validFrom() == null ? s.validFrom : r.validFrom();
        s.validTo = r.validTo() == null ? s.validTo : r.validTo();
        validate(s, units.findById(s.orgUnitId));
        s.touch(clock.instant(), user.username());
        schedules.flush();
        long removed = sessions.deleteUntouched(s.id, LocalDate.now(clock));
        sessions.flush();
        checkOverlap(s);
        GenerationResult generated = generator.generateWindow(s);
        audit.record(AuditAction.UPDATE, ENTITY, s.id, null, Map.of("sessionsRemoved", removed, "sessionsCreated",
                generated.created()));
        return views(List.of(s)).get(0);
    }

    @Transactional
    ScheduleView end(UUID id, EndScheduleRequest r) {
        ReceptionSchedule s = find(id);
        version(r.version(), s.version);
        Violations v = new Violations();
        v.require(r.validTo(), "validTo");
        ValidityDates.check(r.validTo(), LocalDate.now(clock), "validTo", v);
        if (v.require(r.reason(), "reason")) {
            v.maxLength(r.reason(), 1000, "reason");
        }
        if (r.validTo() != null && r.validTo().isBefore(s.validFrom.minusDays(1))) {
            v.add("validTo", "BEFORE_VALID_FROM", "schedule.valid-to.before-valid-from");
        }
        v.throwIfAny();
        if (s.endedAt != null) {
            throw ProblemException.conflict("validTo", "ENDED", "schedule.ended");
        }
        s.validTo = r.validTo();
        s.endedAt = clock.instant();
        s.touch(clock.instant(), user.username());
        schedules.flush();
        LocalDate today = LocalDate.now(clock);
        LocalDate after = r.validTo().plusDays(1);
        long removed = sessions.deleteUntouched(s.id, after.isBefore(today) ? today : after);
        audit.record(AuditAction.CLOSE, ENTITY, s.id, r.reason().strip(), Map.of("validTo",
                r.validTo().toString(), "sessionsRemoved", removed));
        return views(List.of(s)).get(0);
    }

    @Transactional
    ScheduleView publish(UUID id, Long version) {
        ReceptionSchedule s = find(id);
        version(version, s.version);
        if (s.endedAt != null) {
            throw ProblemException.conflict("validTo", "ENDED", "schedule.ended");
        }
        s.publishedAt = clock.instant();
        s.touch(clock.instant(), user.username());
        schedules.flush();
        int published = sessions.update("status = ?1, publishedAt = ?2, version = version + 1 where scheduleId = ?3 "
                + "and status = ?4 and date >= ?5", SessionStatus.PUBLISHED, clock.instant(), s.id,
                SessionStatus.PLANNED, LocalDate.now(clock));
        audit.record(AuditAction.STATE_CHANGE, ENTITY, s.id, null, Map.of("action", "PUBLISH",
                "sessionsPublished", published));
        return views(List.of(s)).get(0);
    }

    @Transactional
    GenerationResult generate(UUID id, GenerateRequest r) {
        ReceptionSchedule s = find(id);
        Violations v = new Violations();
        v.require(r.from(), "from");
        v.require(r.to(), "to");
        v.throwIfAny();
        if (r.to().isBefore(r.from())) {
            throw ProblemException.invalid("to", "BEFORE_FROM", "schedule.to.before-from");
        }
        if (ChronoUnit.DAYS.between(r.from(), r.to()) >= MAX_GENERATE_DAYS) {
            throw ProblemException.invalid("to", "RANGE_TOO_LONG", "schedule.range.too-long", MAX_GENERATE_DAYS);
        }
        if (r.from().isBefore(s.validFrom)) {
            throw ProblemException.invalid("from", "OUTSIDE_VALIDITY", "schedule.outside-validity");
        }
        if (s.validTo != null && r.to().isAfter(s.validTo)) {
            throw ProblemException.invalid("to", "OUTSIDE_VALIDITY", "schedule.outside-validity");
        }
        GenerationResult result = generator.generate(s, r.from(), r.to());
        audit.record(AuditAction.UPDATE, ENTITY, s.id, null, Map.of("action", "GENERATE", "from",
                r.from().toString(), "to", r.to().toString(), "sessionsCreated", result.created()));
        return result;
    }

    private void validate(ReceptionSchedule s, OrgUnit unit) {
        Violations v = new Violations();
        try {
            Recurrence.parse(s.rrule);
        } catch (IllegalArgumentException e) {
            v.add("rrule", "RRULE_INVALID", "schedule.rrule.invalid");
        }
        if (!s.endTime.isAfter(s.startTime)) {
            v.add("endTime", "END_BEFORE_START", "schedule.end.before-start");
        }
        if (s.validTo != null && s.validTo.isBefore(s.validFrom)) {
            v.add("validTo", "BEFORE_VALID_FROM", "schedule.valid-to.before-valid-from");
        }
        if (!unit.validOn(s.validFrom)) {
            v.add("validFrom", "UNIT_NOT_VALID", "schedule.unit.not-valid", s.validFrom.toString());
        }
        if (!OnlineReceptionRule.allows(s.channel, s.validFrom)) {
            v.add("channel", "ONLINE_NOT_YET_ALLOWED", "schedule.channel.online-not-allowed",
                    OnlineReceptionRule.ONLINE_FROM.toString());
        }
        Directory.OfficialInfo official = directory.official(s.presidingOfficialId).orElse(null);
        if (official == null || !official.unitId().equals(s.orgUnitId)) {
            v.add("presidingOfficialId", "NOT_OF_UNIT", "schedule.official.not-of-unit");
        } else if (official.validTo() != null && official.validTo().isBefore(s.validFrom)) {
            v.add("presidingOfficialId", "NOT_IN_OFFICE", "schedule.official.not-in-office");
        }
        if (s.receptionPlaceId != null && directory.place(s.receptionPlaceId, s.orgUnitId).isEmpty()) {
            v.add("receptionPlaceId", "NOT_OF_UNIT", "schedule.place.not-of-unit");
        }
        if (s.receptionPlaceId == null && s.placeText == null) {
            v.add("placeText", "REQUIRED", "schedule.place.required");
        }
        v.maxLength(s.placeText, 500, "placeText");
        v.maxLength(s.title, 255, "title");
        v.throwIfAny();
    }

    /** A slot that overlaps another session of the same presiding official in the window is a 409. */
    private void checkOverlap(ReceptionSchedule s) {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day : generator.days(s, today, today.plusDays(SessionGenerator.WINDOW_DAYS))) {
            if (sessions.overlaps(s.presidingOfficialId, day, s.startTime, s.endTime, null, s.id)) {
                throw ProblemException.conflict("startTime", "SLOT_OVERLAP", "session.slot.overlap", day.toString());
            }
        }
    }

    private ReceptionSchedule find(UUID id) {
        return schedules.findInScope(id, scope).orElseThrow(ProblemException::notFound);
    }

    static void version(Long version, long current) {
        if (version == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (version != current) {
            throw ProblemException.staleVersion(current);
        }
    }

    private List<ScheduleView> views(List<ReceptionSchedule> list) {
        Set<UUID> unitIds = new HashSet<>();
        Set<UUID> officialIds = new HashSet<>();
        list.forEach(s -> {
            unitIds.add(s.orgUnitId);
            officialIds.add(s.presidingOfficialId);
        });
        Map<UUID, OrgUnit> byId = units.byIds(unitIds);
        Map<UUID, OfficialRef> officials = directory.refs(officialIds);
        return list.stream().map(s -> {
            OrgUnit u = byId.get(s.orgUnitId);
            String place = s.placeText;
            if (s.receptionPlaceId != null) {
                place = directory.place(s.receptionPlaceId, s.orgUnitId).orElse(place);
            }
            return new ScheduleView(s.id, new UnitRef(u.id(), u.code(), u.name()), officials.get(
                    s.presidingOfficialId), s.title, s.rrule, s.startTime, s.endTime, s.receptionPlaceId, place,
                    s.channel, s.kind, s.program, s.holidayPolicy, s.validFrom, s.validTo, s.publishedAt, s.endedAt,
                    s.version);
        }).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
