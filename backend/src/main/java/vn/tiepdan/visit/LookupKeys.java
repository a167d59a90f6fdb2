package vn.tiepdan.visit;

import java.util.Locale;
import vn.tiepdan.shared.text.VietnameseText;

/** The keys repeat detection matches on: the ID number's letters and digits, and folded name|address. */
public final class LookupKeys {
    private LookupKeys() {
    }

    /** Letters and digits only, upper case ("075 190 012345" → "075190012345"); null for none. */
    public static String idKey(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String key = idNumber.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /** fold(name) + '|' + fold(address), spaces collapsed; null without a name. */
    public static String nameKey(String fullName, String address) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        return folded(fullName) + "|" + (address == null ? "" : folded(address));
    }

    /**
     * The condition a lookup puts on a party table (alias {@code p}) with its one parameter {@code :k}: the ID key
     * when there is one, else the name with or without the address.
     */
    public record Condition(String where, String value) {
        static Condition of(String idKey, String nameKey, boolean namePrefix) {
            if (idKey != null) {
                return new Condition("p.idKey = :k", idKey);
            }
            return namePrefix ? new Condition("p.nameKey like :k", VietnameseText.escapeLike(nameKey) + "%")
                    : new Condition("p.nameKey = :k", nameKey);
        }
    }

    static String folded(String text) {
        return VietnameseText.fold(VietnameseText.nfc(text)).replaceAll("\\s+", " ").strip();
    }
}
