package vn.tiepdan.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.calendar.WorkingCalendar;

/**
 * Turns a schedule into dated sessions: expands the RRULE, applies the working-day calendar and the holiday policy,
 * and inserts with ON CONFLICT DO NOTHING on (schedule_id, session_date), so running it twice, or on two replicas
 * at once, creates each session once.
 */
@ApplicationScoped
class SessionGenerator {
    /** The rolling window of generated sessions, from today. */
    static final int WINDOW_DAYS = 60;

    private final WorkingCalendar calendar;
    private final Directory directory;
    private final EntityManager em;
    private final Clock clock;

    SessionGenerator(WorkingCalendar calendar, Directory directory, EntityManager em, Clock clock) {
        this.calendar = calendar;
        this.directory = directory;
        this.em = em;
        this.clock = clock;
    }

    /** The session days of the schedule in [from, to] (clipped to its validity). */
    List<LocalDate> days(ReceptionSchedule s, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(s.validFrom) ? s.validFrom : from;
        LocalDate end = s.validTo != null && s.validTo.isBefore(to) ? s.validTo : to;
        if (end.isBefore(start)) {
            return List.of();
        }
        Recurrence rule = Recurrence.parse(s.rrule);
        // Occurrences a little before the range can move into it under NEXT_WORKING_DAY (Tết: ~9 days).
        LocalDate expandFrom = s.holidayPolicy == HolidayPolicy.NEXT_WORKING_DAY ? start.minusDays(14) : start;
        if (expandFrom.isBefore(s.validFrom)) {
            expandFrom = s.validFrom;
        }
        WorkingCalendar.Days days = calendar.between(expandFrom, end.plusDays(30));
        Set<LocalDate> result = new LinkedHashSet<>();
        for (LocalDate day : rule.dates(s.validFrom, expandFrom, end)) {
            LocalDate actual = day;
            if (!days.isWorkingDay(day)) {
                if (s.holidayPolicy == HolidayPolicy.SKIP) {
                    continue;
                }
                actual = day;
                while (!days.isWorkingDay(actual)) {
                    actual = actual.plusDays(1);
                }
            }
            if (!actual.isBefore(start) && !actual.isAfter(end)) {
                result.add(actual);
            }
        }
        return new ArrayList<>(result);
    }

    /** Generates the rolling window from today. */
    @Transactional
    GenerationResult generateWindow(ReceptionSchedule s) {
        LocalDate today = LocalDate.now(clock);
        return generate(s, today, today.plusDays(WINDOW_DAYS));
    }

    @Transactional
    GenerationResult generate(ReceptionSchedule s, LocalDate from, LocalDate to) {
        if (s.endedAt != null) {
            return new GenerationResult(0, 0);
        }
        List<LocalDate> days = days(s, from, to);
        String place = s.placeText;
        if (s.receptionPlaceId != null) {
            place = directory.place(s.receptionPlaceId, s.orgUnitId).orElse(place);
        }
        SessionStatus status = s.publishedAt != null ? SessionStatus.PUBLISHED : SessionStatus.PLANNED;
        Timestamp now = Timestamp.from(clock.instant());
        int created = 0;
        for (LocalDate day : days) {
            created += em.createNativeQuery("insert into reception_session (id, schedule_id, org_unit_id, "
                    + "session_date, planned_start, planned_end, reception_place_id, place_text, channel, kind, "
                    + "program, status, obligated_head_id, presiding_official_id, published_at, created_at, "
                    + "created_by, updated_at, updated_by) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as uuid), ?8, ?9, ?10, ?11, "
                    + "?12, ?13, ?13, case when ?12 = 'PUBLISHED' then cast(?14 as timestamptz) end, ?14, 'system', ?14, 'system') "
                    + "on conflict (schedule_id, session_date) where schedule_id is not null do nothing")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, s.id).setParameter(3, s.orgUnitId)
                    .setParameter(4, day).setParameter(5, s.startTime).setParameter(6, s.endTime)
                    .setParameter(7, s.receptionPlaceId == null ? null : s.receptionPlaceId.toString()).setParameter(8, place)
                    .setParameter(9, s.channel.name()).setParameter(10, s.kind.name())
                    .setParameter(11, s.program.name()).setParameter(12, status.name())
                    .setParameter(13, s.presidingOfficialId)
                    .setParameter(14, now).executeUpdate();
        }
        return new GenerationResult(days.size(), created);
    }
}
