package vn.tiepdan.audit;

import java.time.LocalDate;

/** Filters of the audit-event list; every one is optional. Dates are days in Asia/Ho_Chi_Minh, inclusive. */
record AuditQuery(String entityType, String entityId, String actor, String action, LocalDate from, LocalDate to) {
}
