package vn.tiepdan.report;

import java.util.List;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

/**
 * Computes forms for a unit and a period: rows for the unit's own records, each child subtree and the total, with
 * every cross-check evaluated. No scope check here (callers check it); unknown form code is a 404 problem.
 */
public interface FormEngine {
    List<FormDefinition> definitions();

    FormDefinition definition(String code);

    FormResult compute(String code, UUID unitId, ReportPeriod period);

    /**
     * Records behind one cell. {@code rowUnitId} is a row's unit; {@code rowKind} OWN (its own records), CHILD (its
     * subtree) or TOTAL (the report unit's whole subtree).
     */
    PageResponse<DrillItem> drill(String code, UUID rowUnitId, String rowKind, ReportPeriod period, int column,
            PageParams page);
}
