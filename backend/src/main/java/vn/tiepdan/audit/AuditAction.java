package vn.tiepdan.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE, UPDATE, CLOSE, IMPORT, VIEW, EXPORT, TRANSFER, STATE_CHANGE, ACCESS_DENIED
}
