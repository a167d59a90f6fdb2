package vn.tiepdan.visit;

import java.util.Optional;
import java.util.Set;

/** Identity numbers: CCCD per TT 07/2016/TT-BCA Art. 7 (province code, century-gender digit, birth year), CMND 9 digits, passports. */
final class IdNumberRule {
    /** Province codes of the CCCD number (TT 07/2016/TT-BCA, Annex). */
    static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
            "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
            "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
            "087", "089", "091", "092", "093", "094", "095", "096");

    private IdNumberRule() {
    }

    /** The error code for the number, or empty when it is valid for the type (currentYear bounds the birth year). */
    static Optional<String> check(IdDocType type, String number, int currentYear) {
        if (type == null || number == null) {
            return Optional.empty();
        }
        return switch (type) {
            case CCCD -> cccd(number, currentYear);
            case CMND -> number.matches("\\d{9}") ? Optional.empty() : Optional.of("CMND_FORMAT");
            case HO_CHIEU -> number.matches("[A-Z0-9]{6,20}") ? Optional.empty() : Optional.of("PASSPORT_FORMAT");
            case OTHER -> number.isBlank() || number.length() > 32 ? Optional.of("ID_FORMAT") : Optional.empty();
        };
    }

    private static Optional<String> cccd(String n, int currentYear) {
        if (!n.matches("\\d{12}")) {
            return Optional.of("CCCD_FORMAT");
        }
        if (!PROVINCES.contains(n.substring(0, 3))) {
            return Optional.of("CCCD_PROVINCE");
        }
        int centuryGender = n.charAt(3) - '0';
        if (centuryGender > 3) {
            return Optional.of("CCCD_CENTURY");
        }
        int birthYear = (centuryGender < 2 ? 1900 : 2000) + Integer.parseInt(n.substring(4, 6));
        if (birthYear > currentYear) {
            return Optional.of("CCCD_BIRTH_YEAR");
        }
        return Optional.empty();
    }
}
