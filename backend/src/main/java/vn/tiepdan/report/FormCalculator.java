package vn.tiepdan.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

/**
 * Computes one official form from stored events (DOMAIN.md §7.3): an {@code @ApplicationScoped} bean per form,
 * found by the engine through CDI. Values are per unit for the unit's <em>own</em> records only; the engine sums
 * subtrees and adds the total. Everything is computed from dates and timestamps of events (received, decided,
 * signed), never from the current status alone, so a past period regenerates exactly.
 */
public interface FormCalculator {
    FormDefinition definition();

    /**
     * Values of each unit's own records in the window, one SQL aggregate grouped by unit. Array index i is column
     * i+1; units with nothing may be absent (the engine treats them as zeros).
     */
    Map<UUID, BigDecimal[]> compute(ReportWindow window, Collection<UUID> unitIds);

    /** The records behind column {@code column} (1-based) for these units' own records, paged in SQL. */
    PageResponse<DrillItem> drill(ReportWindow window, Collection<UUID> unitIds, int column, PageParams page);
}
