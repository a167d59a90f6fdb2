package vn.tiepdan.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the unit feature needs from the officials feature (implemented there; keeps dependencies one-way). */
public interface UnitOfficials {
    /** Whether the caller may see officials at all. */
    boolean callerMayRead();

    /** The officials of the unit on {@code day}, heads first. */
    List<OfficialSummary> of(UUID unitId, LocalDate day);

    /** Ends the unit's officials who are still in office after {@code lastDay}; returns how many. */
    int endAll(UUID unitId, LocalDate lastDay);
}
