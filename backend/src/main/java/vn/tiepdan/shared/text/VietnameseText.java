package vn.tiepdan.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text normalisation: NFC for storage, and a folded form for accent-insensitive search. */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    /** NFC, trimmed; null stays null. Every name is stored this way so NFC and NFD input compare equal. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Lower case without diacritics ("Trấn Biên" and "TRAN BIEN" both become "tran bien"), as SQL fold_vi. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching the folded text anywhere; LIKE wildcards in the input are taken literally. */
    public static String containsPattern(String query) {
        return "%" + escapeLike(fold(query.strip())) + "%";
    }

    /** The text with LIKE's escape character and wildcards escaped, so it matches literally. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
