package vn.tiepdan.shared.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts shown to API callers, in Vietnamese (default) or English, chosen from the Accept-Language header. */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** The best supported locale for an Accept-Language value; Vietnamese when absent or unsupported. */
    public static Locale localeFor(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("vi".equals(language)) {
                return VIETNAMESE;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return VIETNAMESE;
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, VIETNAMESE, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
