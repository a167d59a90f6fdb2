package vn.tiepdan.dashboard;

import java.time.LocalDate;

/**
 * Which units must hold a "Buổi sáng với Nhân dân" session (07:00–08:00) on every working day, and from when
 * (Công văn 1572 and 10549 of UBND tỉnh Đồng Nai; obligation_rule SCHED.BSVND, applies to COMMUNE_CHAIRPERSON and
 * AGENCY_HEAD): a commune People's Committee always; an agency (department, office, inspectorate, district body,
 * public service unit) only while it has a BSVND reception schedule. Party, court, procuracy, police and external
 * bodies, and the province People's Committee itself, never.
 */
public final class BsvndObligation {
    private BsvndObligation() {
    }

    /** The obligation_rule.applies_to a unit kind falls under for SCHED.BSVND, or null (never obliged). */
    public static String appliesTo(String unitKind) {
        return switch (unitKind) {
            case "COMMUNE_PEOPLES_COMMITTEE" -> "COMMUNE_CHAIRPERSON";
            case "PROVINCIAL_PEOPLES_COMMITTEE", "PARTY_COMMITTEE", "PARTY_BOARD", "COURT", "PROCURACY", "POLICE",
                    "OTHER_EXTERNAL" -> null;
            default -> "AGENCY_HEAD";
        };
    }

    /**
     * Whether a unit of this kind is obliged: a commune always, an agency only with a BSVND schedule valid in the
     * window.
     */
    public static boolean obliged(String unitKind, boolean hasBsvndSchedule) {
        String applies = appliesTo(unitKind);
        return "COMMUNE_CHAIRPERSON".equals(applies) || ("AGENCY_HEAD".equals(applies) && hasBsvndSchedule);
    }

    /** The later of two days (null = open). */
    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The earlier of two days (null = open). */
    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
