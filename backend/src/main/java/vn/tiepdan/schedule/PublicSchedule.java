package vn.tiepdan.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.orgunit.OrgUnit;
import vn.tiepdan.orgunit.OrgUnitRepository;

/**
 * The published schedule for /public/v1 (lịch tiếp công dân công khai): sessions that are no longer PLANNED, of one
 * unit or of the whole province. Never a citizen's data.
 */
@ApplicationScoped
public class PublicSchedule {
    private static final List<SessionStatus> PUBLIC = List.of(SessionStatus.PUBLISHED, SessionStatus.HELD,
            SessionStatus.HELD_NO_VISITORS, SessionStatus.POSTPONED, SessionStatus.CANCELLED);

    private final SessionRepository sessions;
    private final OrgUnitRepository units;
    private final Directory directory;

    PublicSchedule(SessionRepository sessions, OrgUnitRepository units, Directory directory) {
        this.sessions = sessions;
        this.units = units;
        this.directory = directory;
    }

    /** The unit carrying the code today, if any. */
    @Transactional
    public Optional<String> unitName(String code) {
        return units.findCurrentByCode(code).map(OrgUnit::name);
    }

    /** Published sessions in [from, to]; {@code unitCode} null means the whole province. */
    @Transactional
    public List<PublicSessionView> sessions(String unitCode, LocalDate from, LocalDate to) {
        List<ReceptionSession> list;
        if (unitCode == null) {
            list = sessions.list("date >= ?1 and date <= ?2 and status in ?3 order by date, plannedStart, id", from,
                    to, PUBLIC);
        } else {
            Optional<OrgUnit> unit = units.findCurrentByCode(unitCode);
            if (unit.isEmpty()) {
                return List.of();
            }
            list = sessions.list("orgUnitId = ?1 and date >= ?2 and date <= ?3 and status in ?4 "
                    + "order by date, plannedStart, id", unit.get().id(), from, to, PUBLIC);
        }
        Set<UUID> unitIds = new HashSet<>();
        Set<UUID> officialIds = new HashSet<>();
        Set<UUID> nextIds = new HashSet<>();
        list.forEach(s -> {
            unitIds.add(s.orgUnitId);
            officialIds.add(s.presidingOfficialId);
            if (s.postponedToId != null) {
                nextIds.add(s.postponedToId);
            }
        });
        Map<UUID, OrgUnit> byId = units.byIds(unitIds);
        Map<UUID, OfficialRef> officials = directory.refs(officialIds);
        Map<UUID, ReceptionSession> next = new HashMap<>();
        if (!nextIds.isEmpty()) {
            sessions.list("id in ?1", nextIds).forEach(n -> next.put(n.id, n));
        }
        return list.stream().map(s -> {
            OrgUnit u = byId.get(s.orgUnitId);
            OfficialRef o = officials.get(s.presidingOfficialId);
            ReceptionSession n = s.postponedToId == null ? null : next.get(s.postponedToId);
            return new PublicSessionView(s.id, s.date, s.plannedStart, s.plannedEnd, u.code(), u.name(),
                    s.placeText, s.channel, s.kind, s.program, s.status, s.notice, o == null ? null : o.fullName(),
                    o == null ? null : o.position(), n == null ? null : n.date, n == null ? null : n.plannedStart);
        }).toList();
    }
}
