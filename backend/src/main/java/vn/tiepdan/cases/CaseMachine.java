package vn.tiepdan.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An explicit transition table: action → (from state → to state). A target equal to the source means the action
 * keeps the state (e.g. a partial withdrawal); {@code resume} goes back to the state before the suspension, which the
 * service reads from the case. Terminal states allow nothing.
 */
public abstract class CaseMachine {
    /** The cross-cutting actions served by the handling feature. */
    public static final String ASSIGN = "assign";
    public static final String TRANSFER = "transfer";

    private final Map<String, Map<CaseStatus, CaseStatus>> table = new LinkedHashMap<>();
    private final Set<CaseStatus> terminal;

    protected CaseMachine(Set<CaseStatus> terminal) {
        this.terminal = EnumSet.copyOf(terminal);
    }

    protected final void on(String action, CaseStatus to, CaseStatus... from) {
        Map<CaseStatus, CaseStatus> row = table.computeIfAbsent(action, a -> new LinkedHashMap<>());
        for (CaseStatus f : from) {
            row.put(f, to);
        }
    }

    /** The state the action leads to from the given state; empty when the action is not allowed there. */
    public Optional<CaseStatus> next(String action, CaseStatus from) {
        if (terminal.contains(from)) {
            return Optional.empty();
        }
        Map<CaseStatus, CaseStatus> row = table.get(action);
        return row == null ? Optional.empty() : Optional.ofNullable(row.get(from));
    }

    /** The machine's own actions allowed in the state, in table order. */
    public List<String> allowed(CaseStatus from) {
        List<String> out = new ArrayList<>();
        if (terminal.contains(from)) {
            return out;
        }
        table.forEach((action, row) -> {
            if (row.containsKey(from)) {
                out.add(action);
            }
        });
        return out;
    }

    public boolean isTerminal(CaseStatus status) {
        return terminal.contains(status);
    }

    /** Every action of the machine. */
    public Set<String> actions() {
        return table.keySet();
    }

    /** The state a new case starts in. */
    public CaseStatus initial() {
        return CaseStatus.RECEIVED;
    }

    /** The machine of a case type. */
    public static CaseMachine of(CaseType type) {
        return switch (type) {
            case KHIEU_NAI -> ComplaintMachine.INSTANCE;
            case TO_CAO -> DenunciationMachine.INSTANCE;
            case KIEN_NGHI_PHAN_ANH -> FeedbackMachine.INSTANCE;
        };
    }
}
