package vn.tiepdan.submission;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The submission's transition table (TT 01/2024/TT-TTCP: units report to UBND tỉnh through Thanh tra tỉnh, which
 * reviews and may return a report for correction): edit and submit from DRAFT or RETURNED; accept or return only
 * from SUBMITTED; ACCEPTED is final.
 */
public final class SubmissionMachine {
    public static final String EDIT = "edit";
    public static final String SUBMIT = "submit";
    public static final String ACCEPT = "accept";
    public static final String RETURN = "return";

    private static final Map<String, Map<SubmissionStatus, SubmissionStatus>> TABLE = new LinkedHashMap<>();

    static {
        on(EDIT, null, SubmissionStatus.DRAFT, SubmissionStatus.RETURNED);
        on(SUBMIT, SubmissionStatus.SUBMITTED, SubmissionStatus.DRAFT, SubmissionStatus.RETURNED);
        on(ACCEPT, SubmissionStatus.ACCEPTED, SubmissionStatus.SUBMITTED);
        on(RETURN, SubmissionStatus.RETURNED, SubmissionStatus.SUBMITTED);
    }

    private SubmissionMachine() {
    }

    /** {@code to == null}: the action keeps the state. */
    private static void on(String action, SubmissionStatus to, SubmissionStatus... from) {
        Map<SubmissionStatus, SubmissionStatus> row = TABLE.computeIfAbsent(action, a -> new LinkedHashMap<>());
        for (SubmissionStatus f : from) {
            row.put(f, to == null ? f : to);
        }
    }

    /** The state after the action, empty when the state does not allow it. */
    public static Optional<SubmissionStatus> next(String action, SubmissionStatus from) {
        Map<SubmissionStatus, SubmissionStatus> row = TABLE.get(action);
        return row == null ? Optional.empty() : Optional.ofNullable(row.get(from));
    }

    /** The actions allowed in a state, in table order. */
    public static List<String> allowed(SubmissionStatus from) {
        List<String> out = new ArrayList<>();
        TABLE.forEach((action, row) -> {
            if (row.containsKey(from)) {
                out.add(action);
            }
        });
        return out;
    }

    /** States whose content is the frozen snapshot. */
    public static final Set<SubmissionStatus> FROZEN = EnumSet.of(SubmissionStatus.SUBMITTED,
            SubmissionStatus.ACCEPTED);
}
