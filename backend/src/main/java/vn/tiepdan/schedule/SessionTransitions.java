package vn.tiepdan.schedule;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session state machine (DOMAIN.md §6.1.1) as one table: which actions each status allows. CHECK_IN and
 * DELEGATE keep the status (a checked-in session stays PUBLISHED until check-out); CHECK_OUT needs a check-in.
 */
final class SessionTransitions {
    private static final Map<SessionStatus, Set<SessionAction>> ALLOWED = Map.of(
            SessionStatus.PLANNED, EnumSet.of(SessionAction.PUBLISH, SessionAction.CANCEL, SessionAction.POSTPONE,
                    SessionAction.DELEGATE),
            SessionStatus.PUBLISHED, EnumSet.of(SessionAction.CANCEL, SessionAction.POSTPONE, SessionAction.CHECK_IN,
                    SessionAction.CHECK_OUT, SessionAction.DELEGATE),
            SessionStatus.HELD, EnumSet.noneOf(SessionAction.class),
            SessionStatus.HELD_NO_VISITORS, EnumSet.noneOf(SessionAction.class),
            SessionStatus.POSTPONED, EnumSet.noneOf(SessionAction.class),
            SessionStatus.CANCELLED, EnumSet.noneOf(SessionAction.class));

    private SessionTransitions() {
    }

    /** The actions allowed now, refined by whether the session has been checked in. */
    static List<SessionAction> allowed(SessionStatus status, boolean checkedIn) {
        return ALLOWED.get(status).stream().filter(a -> switch (a) {
            case CHECK_IN, CANCEL, POSTPONE -> !checkedIn;
            case CHECK_OUT -> checkedIn;
            default -> true;
        }).toList();
    }
}
