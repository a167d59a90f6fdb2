package vn.tiepdan.orgunit;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The small rules a unit's data must follow; each returns true when the value is acceptable. */
final class UnitRules {
    /** Stable codes: upper case ASCII, digits and '-', as the V1 check constraint. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    /** National administrative unit codes: 2 digits (province) to 5 digits (commune) (QĐ 19/2025/QĐ-TTg). */
    static final Pattern ADMIN_UNIT_CODE = Pattern.compile("[0-9]{2,5}");
    /** Vietnamese numbers: 0 or +84, then 7-10 digits; spaces, dots, dashes and parentheses between digits. */
    static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{7,10}");
    static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9 +().-]{6,32}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The levels each kind may have: the district kinds exist only in the pre-2025 tree; Party and external
     * bodies sit at any tier.
     */
    private static final Map<OrgUnitKind, Set<OrgUnitLevel>> LEVELS_OF_KIND = Map.ofEntries(
            Map.entry(OrgUnitKind.PROVINCIAL_PEOPLES_COMMITTEE, EnumSet.of(OrgUnitLevel.PROVINCE)),
            Map.entry(OrgUnitKind.PROVINCIAL_OFFICE, EnumSet.of(OrgUnitLevel.PROVINCE)),
            Map.entry(OrgUnitKind.DEPARTMENT, EnumSet.of(OrgUnitLevel.PROVINCE)),
            Map.entry(OrgUnitKind.PROVINCIAL_INSPECTORATE, EnumSet.of(OrgUnitLevel.PROVINCE)),
            Map.entry(OrgUnitKind.CITIZEN_RECEPTION_BOARD, EnumSet.of(OrgUnitLevel.PROVINCE, OrgUnitLevel.DISTRICT)),
            Map.entry(OrgUnitKind.PUBLIC_SERVICE_UNIT, EnumSet.of(OrgUnitLevel.PROVINCE, OrgUnitLevel.DISTRICT,
                    OrgUnitLevel.COMMUNE)),
            Map.entry(OrgUnitKind.DISTRICT_PEOPLES_COMMITTEE, EnumSet.of(OrgUnitLevel.DISTRICT)),
            Map.entry(OrgUnitKind.DISTRICT_DIVISION, EnumSet.of(OrgUnitLevel.DISTRICT)),
            Map.entry(OrgUnitKind.DISTRICT_INSPECTORATE, EnumSet.of(OrgUnitLevel.DISTRICT)),
            Map.entry(OrgUnitKind.COMMUNE_PEOPLES_COMMITTEE, EnumSet.of(OrgUnitLevel.COMMUNE)),
            Map.entry(OrgUnitKind.PARTY_COMMITTEE, EnumSet.of(OrgUnitLevel.PROVINCE, OrgUnitLevel.DISTRICT,
                    OrgUnitLevel.COMMUNE)),
            Map.entry(OrgUnitKind.PARTY_BOARD, EnumSet.of(OrgUnitLevel.PROVINCE, OrgUnitLevel.DISTRICT)),
            Map.entry(OrgUnitKind.COURT, EnumSet.allOf(OrgUnitLevel.class)),
            Map.entry(OrgUnitKind.PROCURACY, EnumSet.allOf(OrgUnitLevel.class)),
            Map.entry(OrgUnitKind.POLICE, EnumSet.allOf(OrgUnitLevel.class)),
            Map.entry(OrgUnitKind.OTHER_EXTERNAL, EnumSet.allOf(OrgUnitLevel.class)));

    private UnitRules() {
    }

    static boolean codeIsWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    static boolean levelSuitsKind(OrgUnitKind kind, OrgUnitLevel level) {
        return LEVELS_OF_KIND.get(kind).contains(level);
    }

    /**
     * Whether a unit may sit under the parent: never under a lower tier (province above district above commune), and
     * a people's committee (an administrative unit itself) only under a higher tier; external bodies anywhere.
     * Two-tier local government from 1/7/2025 (DOMAIN.md §0.2, §3.2 [V]): a commune sits directly under the province
     * (before the reform under a district), never under another commune.
     */
    // Two-tier local government (DOMAIN.md §3.2): a commune people's committee is never below a commune-level unit.
    static boolean parentSuits(OrgUnitKind kind, OrgUnitLevel level, OrgUnitLevel parentLevel) {
        if (kind == null || level == null || parentLevel == null || level == OrgUnitLevel.EXTERNAL
                || parentLevel == OrgUnitLevel.EXTERNAL) {
            return true;
        }
        boolean committee = kind == OrgUnitKind.PROVINCIAL_PEOPLES_COMMITTEE
                || kind == OrgUnitKind.DISTRICT_PEOPLES_COMMITTEE || kind == OrgUnitKind.COMMUNE_PEOPLES_COMMITTEE;
        return committee ? level.ordinal() > parentLevel.ordinal() : level.ordinal() >= parentLevel.ordinal();
    }

    static boolean phoneIsValid(String phone) {
        return PHONE_CHARACTERS.matcher(phone).matches()
                && PHONE.matcher(phone.replaceAll("[ ().-]", "")).matches();
    }

    static boolean adminUnitCodeIsValid(String code) {
        return ADMIN_UNIT_CODE.matcher(code).matches();
    }

    static boolean emailIsValid(String email) {
        return email.length() <= 255 && EMAIL.matcher(email).matches();
    }
}
