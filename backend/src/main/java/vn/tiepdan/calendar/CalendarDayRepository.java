package vn.tiepdan.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, UUID> {
    List<CalendarDay> ofYear(int year, boolean includeClosed) {
        return list("day >= ?1 and day <= ?2" + (includeClosed ? "" : " and closedAt is null") + " order by day",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    List<CalendarDay> activeBetween(LocalDate from, LocalDate to) {
        return list("day >= ?1 and day <= ?2 and closedAt is null", from, to);
    }

    boolean activeOn(LocalDate day, UUID except) {
        return count("day = ?1 and closedAt is null and id <> ?2", day, except) > 0;
    }
}
