package vn.tiepdan.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
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
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.schedule.SessionRequests.CancelRequest;
import vn.tiepdan.schedule.SessionRequests.CheckOutRequest;
import vn.tiepdan.schedule.SessionRequests.DelegateRequest;
import vn.tiepdan.schedule.SessionRequests.PostponeRequest;

/** Use cases of sessions: ad-hoc (urgent) sessions and the actions of the session state machine, each audited. */
@ApplicationScoped
class SessionService {
    static final String ENTITY = "RECEPTION_SESSION";

    private final SessionRepository sessions;
    private final ScheduleRepository schedules;
    private final Directory directory;
    private final OrgUnitRepository units;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;

    SessionService(SessionRepository sessions, ScheduleRepository schedules, Directory directory,
            OrgUnitRepository units, AuditTrail audit, Scope scope, CurrentUser user, Clock clock) {
        this.sessions = sessions;
        this.schedules = schedules;
        this.directory = directory;
        this.units = units;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    PageResponse<SessionView> list(SessionRepository.Filter filter, PageParams page) {
        return PageResponse.of(views(sessions.page(filter, scope, page)), page, sessions.count(filter, scope));
    }

    @Transactional
    SessionView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    SessionView create(CreateSessionRequest r) {
        Violations v = new Violations();
        v.require(r.unitId(), "unitId");
        v.require(r.date(), "date");
        v.require(r.start(), "start");
        v.require(r.end(), "end");
        v.throwIfAny();
        OrgUnit unit = units.findInScope(r.unitId(), scope).orElse(null);
        if (unit == null) {
            throw ProblemException.invalid("unitId", "UNKNOWN_UNIT", "schedule.unit.unknown");
        }
        ReceptionKind kind = r.kind() == null ? ReceptionKind.URGENT : r.kind();
        Channel channel = r.channel() == null ? Channel.IN_PERSON : r.channel();
        if (!r.end().isAfter(r.start())) {
            v.add("end", "END_BEFORE_START", "schedule.end.before-start");
        }
        if (kind == ReceptionKind.URGENT && v.require(r.reason(), "reason")) {
            v.maxLength(r.reason(), 1000, "reason");
        }
        if (!OnlineReceptionRule.allows(channel, r.date())) {
            v.add("channel", "ONLINE_NOT_YET_ALLOWED", "schedule.channel.online-not-allowed",
                    OnlineReceptionRule.ONLINE_FROM.toString());
        }
        if (r.date().isBefore(LocalDate.now(clock))) {
            v.add("date", "IN_THE_PAST", "session.date.past");
        }
        if (!unit.validOn(r.date())) {
            v.add("date", "UNIT_NOT_VALID", "schedule.unit.not-valid", r.date().toString());
        }
        Directory.OfficialInfo head = directory.headOf(unit.id(), r.date()).orElse(null);
        UUID presidingId = r.presidingOfficialId() != null ? r.presidingOfficialId() : head == null ? null : head.id();
        Directory.OfficialInfo presiding = presidingId == null ? null : directory.official(presidingId).orElse(null);
        if (presiding == null || !presiding.unitId().equals(unit.id()) || !presiding.inOfficeOn(r.date())) {
            v.add("presidingOfficialId", "NOT_OF_UNIT", "schedule.official.not-of-unit");
        }
        String place = r.placeText() == null || r.placeText().isBlank() ? null : r.placeText().strip();
        if (r.receptionPlaceId() != null) {
            place = directory.place(r.receptionPlaceId(), unit.id()).orElse(null);
            if (place == null) {
                v.add("receptionPlaceId", "NOT_OF_UNIT", "schedule.place.not-of-unit");
            }
        } else if (place == null) {
            v.add("placeText", "REQUIRED", "schedule.place.required");
        }
        v.maxLength(place, 500, "placeText");
        v.throwIfAny();
        if (sessions.overlaps(presidingId, r.date(), r.start(), r.end(), null, null)) {
            throw ProblemException.conflict("start", "SLOT_OVERLAP", "session.slot.overlap", r.date().toString());
        }
        ReceptionSession s = new ReceptionSession(unit.id(), r.date(), r.start(), r.end(), clock.instant(),
                user.username());
        s.receptionPlaceId = r.receptionPlaceId();
        s.placeText = place;
        s.channel = channel;
        s.kind = kind;
        s.program = Program.NONE;
        s.status = SessionStatus.PLANNED;
        s.presidingOfficialId = presidingId;
        s.obligatedHeadId = head == null ? presidingId : head.id();
        s.delegated = head != null && !head.id().equals(presidingId) && kind != ReceptionKind.REGULAR;
        s.delegationReason = s.delegated ? r.reason() : null;
        s.urgentReason = kind == ReceptionKind.URGENT ? r.reason().strip() : null;
        sessions.persist(s);
        sessions.flush();
        audit.record(AuditAction.CREATE, ENTITY, s.id, s.urgentReason, Map.of("unitId", unit.id().toString(),
                "date", s.date.toString(), "kind", kind.name()));
        return view(s);
    }

    @Transactional
    SessionView publish(UUID id, Long version) {
        ReceptionSession s = act(id, version, SessionAction.PUBLISH);
        s.status = SessionStatus.PUBLISHED;
        s.publishedAt = clock.instant();
        return done(s, SessionAction.PUBLISH, null, Map.of());
    }

    @Transactional
    SessionView cancel(UUID id, CancelRequest r) {
        ReceptionSession s = act(id, r.version(), SessionAction.CANCEL);
        String notice = notice(r.notice());
        s.status = SessionStatus.CANCELLED;
        s.notice = notice;
        return done(s, SessionAction.CANCEL, notice, Map.of());
    }

    @Transactional
    SessionView postpone(UUID id, PostponeRequest r) {
        ReceptionSession s = act(id, r.version(), SessionAction.POSTPONE);
        Violations v = new Violations();
        if (v.require(r.notice(), "notice")) {
            v.maxLength(r.notice(), 2000, "notice");
        }
        v.require(r.newDate(), "newDate");
        v.throwIfAny();
        LocalTime start = r.newStart() == null ? s.plannedStart : r.newStart();
        LocalTime end = r.newEnd() == null ? s.plannedEnd : r.newEnd();
        if (!end.isAfter(start)) {
            v.add("newEnd", "END_BEFORE_START", "schedule.end.before-start");
        }
        if (r.newDate().isBefore(LocalDate.now(clock))) {
            v.add("newDate", "IN_THE_PAST", "session.date.past");
        }
        if (s.scheduleId != null && !schedules.findById(s.scheduleId).validOn(r.newDate())) {
            v.add("newDate", "OUTSIDE_VALIDITY", "schedule.outside-validity");
        }
        if (!OnlineReceptionRule.allows(s.channel, r.newDate())) {
            v.add("newDate", "ONLINE_NOT_YET_ALLOWED", "schedule.channel.online-not-allowed",
                    OnlineReceptionRule.ONLINE_FROM.toString());
        }
        v.throwIfAny();
        if (sessions.overlaps(s.presidingOfficialId, r.newDate(), start, end, s.id, null)) {
            throw ProblemException.conflict("newStart", "SLOT_OVERLAP", "session.slot.overlap",
                    r.newDate().toString());
        }
        ReceptionSession next = new ReceptionSession(s.orgUnitId, r.newDate(), start, end, clock.instant(),
                user.username());
        next.receptionPlaceId = s.receptionPlaceId;
        next.placeText = s.placeText;
        next.channel = s.channel;
        next.kind = s.kind;
        next.program = s.program;
        next.status = SessionStatus.PUBLISHED;
        next.publishedAt = clock.instant();
        next.obligatedHeadId = s.obligatedHeadId;
        next.presidingOfficialId = s.presidingOfficialId;
        next.delegated = s.delegated;
        next.delegationReason = s.delegationReason;
        next.urgentReason = s.urgentReason;
        next.postponedFromId = s.id;
        sessions.persist(next);
        sessions.flush();
        s.status = SessionStatus.POSTPONED;
        s.notice = r.notice().strip();
        s.postponedToId = next.id;
        return done(s, SessionAction.POSTPONE, s.notice, Map.of("newSessionId", next.id.toString(), "newDate",
                r.newDate().toString()));
    }

    @Transactional
    SessionView checkIn(UUID id, Long version) {
        ReceptionSession s = act(id, version, SessionAction.CHECK_IN);
        requirePresidingOrLeader(s);
        LocalDate today = LocalDate.now(clock);
        if (!s.date.equals(today)) {
            throw ProblemException.conflict("date", "NOT_TODAY", "session.check-in.not-today", s.date.toString());
        }
        s.actualStart = clock.instant();
        boolean late = LateArrivalRule.isLate(LocalDateTime.of(s.date, s.plannedStart), s.actualStart,
                clock.getZone());
        return done(s, SessionAction.CHECK_IN, null, Map.of("late", late));
    }

    @Transactional
    SessionView checkOut(UUID id, CheckOutRequest r) {
        ReceptionSession s = act(id, r.version(), SessionAction.CHECK_OUT);
        requirePresidingOrLeader(s);
        boolean none = Boolean.TRUE.equals(r.noVisitors());
        if (none && r.visitorsCount() != null && r.visitorsCount() > 0) {
            throw ProblemException.invalid("visitorsCount", "CONTRADICTS_NO_VISITORS", "session.visitors.contradiction");
        }
        if (!none && (r.visitorsCount() == null || r.visitorsCount() < 1)) {
            throw ProblemException.invalid("visitorsCount", "REQUIRED", "session.visitors.required");
        }
        s.actualEnd = clock.instant();
        s.visitorsCount = none ? 0 : r.visitorsCount();
        s.status = none ? SessionStatus.HELD_NO_VISITORS : SessionStatus.HELD;
        return done(s, SessionAction.CHECK_OUT, null, Map.of("visitorsCount", s.visitorsCount));
    }

    @Transactional
    SessionView delegate(UUID id, DelegateRequest r) {
        ReceptionSession s = act(id, r.version(), SessionAction.DELEGATE);
        Violations v = new Violations();
        v.require(r.presidingOfficialId(), "presidingOfficialId");
        if (v.require(r.reason(), "reason")) {
            v.maxLength(r.reason(), 1000, "reason");
        }
        v.throwIfAny();
        Directory.OfficialInfo delegate = directory.official(r.presidingOfficialId()).orElse(null);
        if (delegate == null || !delegate.unitId().equals(s.orgUnitId) || !delegate.inOfficeOn(s.date)) {
            throw ProblemException.invalid("presidingOfficialId", "NOT_OF_UNIT", "schedule.official.not-of-unit");
        }
        if (delegate.id().equals(s.obligatedHeadId)) {
            throw ProblemException.invalid("presidingOfficialId", "IS_OBLIGATED_HEAD", "session.delegate.self");
        }
        if (sessions.overlaps(delegate.id(), s.date, s.plannedStart, s.plannedEnd, s.id, null)) {
            throw ProblemException.conflict("presidingOfficialId", "SLOT_OVERLAP", "session.slot.overlap",
                    s.date.toString());
        }
        s.presidingOfficialId = delegate.id();
        s.delegated = true;
        s.delegationReason = r.reason().strip();
        return done(s, SessionAction.DELEGATE, s.delegationReason, Map.of("presidingOfficialId",
                delegate.id().toString()));
    }

    private ReceptionSession act(UUID id, Long version, SessionAction action) {
        ReceptionSession s = find(id);
        ScheduleService.version(version, s.version);
        s.require(action);
        return s;
    }

    private SessionView done(ReceptionSession s, SessionAction action, String reason, Map<String, Object> more) {
        s.touch(clock.instant(), user.username());
        sessions.flush();
        Map<String, Object> details = new HashMap<>(more);
        details.put("action", action.name());
        details.put("status", s.status.name());
        audit.record(AuditAction.STATE_CHANGE, ENTITY, s.id, reason, details);
        return view(s);
    }

    /** Check-in and check-out: the presiding official or a unit leader of the unit (ROLES.md). */
    private void requirePresidingOrLeader(ReceptionSession s) {
        if (user.hasRole(Roles.UNIT_LEADER)) {
            return;
        }
        String username = directory.official(s.presidingOfficialId).map(Directory.OfficialInfo::username)
                .orElse(null);
        if (username == null || !username.equals(user.username())) {
            throw new ProblemException(vn.tiepdan.shared.api.ProblemType.FORBIDDEN, "session.check-in.forbidden");
        }
    }

    private static String notice(String notice) {
        Violations v = new Violations();
        if (v.require(notice, "notice")) {
            v.maxLength(notice, 2000, "notice");
        }
        v.throwIfAny();
        return notice.strip();
    }

    private ReceptionSession find(UUID id) {
        return sessions.findInScope(id, scope).orElseThrow(ProblemException::notFound);
    }

    SessionView view(ReceptionSession s) {
        return views(List.of(s)).get(0);
    }

    List<SessionView> views(List<ReceptionSession> list) {
        Set<UUID> unitIds = new HashSet<>();
        Set<UUID> officialIds = new HashSet<>();
        list.forEach(s -> {
            unitIds.add(s.orgUnitId);
            officialIds.add(s.presidingOfficialId);
            officialIds.add(s.obligatedHeadId);
        });
        Map<UUID, OrgUnit> byId = units.byIds(unitIds);
        Map<UUID, OfficialRef> officials = directory.refs(officialIds);
        return list.stream().map(s -> {
            OrgUnit u = byId.get(s.orgUnitId);
            return new SessionView(s.id, s.scheduleId, new UnitRef(u.id(), u.code(), u.name()), s.date,
                    s.plannedStart, s.plannedEnd, s.receptionPlaceId, s.placeText, s.channel, s.kind, s.program,
                    s.status, s.status.acceptsVisits(), officials.get(s.obligatedHeadId), officials.get(s.presidingOfficialId), s.delegated,
                    s.delegationReason, s.urgentReason, s.notice, s.postponedFromId, s.postponedToId, s.actualStart,
                    s.actualEnd, LateArrivalRule.isLate(LocalDateTime.of(s.date, s.plannedStart), s.actualStart,
                            clock.getZone()), s.visitorsCount, s.publishedAt, s.allowedActions(), s.version);
        }).toList();
    }
}
