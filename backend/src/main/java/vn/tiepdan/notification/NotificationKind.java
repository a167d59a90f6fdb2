package vn.tiepdan.notification;

/** Why a user is notified. */
public enum NotificationKind {
    /** A legal deadline falls due within {@code tiepdan.deadlines.due-soon-days}. */
    DUE_SOON,
    /** A legal deadline has passed while still running. */
    OVERDUE,
    /** The user was assigned as handler or verifier of a case. */
    ASSIGNED,
    /** A case was transferred into the user's unit. */
    TRANSFERRED_IN
}
