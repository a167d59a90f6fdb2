package vn.tiepdan.shared.security;

/** Keycloak realm roles (shared/design/ROLES.md). */
public final class Roles {
    public static final String RECEPTION_OFFICER = "reception_officer";
    public static final String UNIT_LEADER = "unit_leader";
    public static final String PETITION_HANDLER = "petition_handler";
    public static final String CONFIDENTIAL_CUSTODIAN = "confidential_custodian";
    public static final String INSPECTOR = "inspector";
    public static final String MOBILIZATION_VIEWER = "mobilization_viewer";
    public static final String HOME_AFFAIRS_INSPECTOR = "home_affairs_inspector";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String INTEGRATOR = "integrator";

    /** Every role of the realm, in the order of ROLES.md. */
    public static final java.util.List<String> ALL = java.util.List.of(RECEPTION_OFFICER, UNIT_LEADER,
            PETITION_HANDLER, CONFIDENTIAL_CUSTODIAN, INSPECTOR, MOBILIZATION_VIEWER, HOME_AFFAIRS_INSPECTOR, AUDITOR,
            ADMIN, INTEGRATOR);

    private Roles() {
    }
}
