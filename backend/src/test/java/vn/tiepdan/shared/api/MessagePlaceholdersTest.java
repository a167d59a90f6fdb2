package vn.tiepdan.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every placeholder of every message is filled: a lone apostrophe in a MessageFormat pattern quotes the rest, so
 * "the session's day ({0})" used to print "{0}" literally.
 */
class MessagePlaceholdersTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void theSessionDayMessageShowsTheDay() {
        assertEquals("The reception day must be the session's day (2026-06-08)",
                Messages.text(Locale.ENGLISH, "visit.session.date-mismatch", "2026-06-08"));
    }

    @Test
    void everyPlaceholderIsFilledInBothLanguages() throws Exception {
        List<String> bad = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
                int max = -1;
                while (m.find()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
                if (max < 0) {
                    continue;
                }
                Object[] args = new Object[max + 1];
                for (int i = 0; i <= max; i++) {
                    args[i] = "ARG" + i;
                }
                String text = Messages.text(Locale.forLanguageTag(lang), key, args);
                if (PLACEHOLDER.matcher(text).find()) {
                    bad.add(lang + ":" + key + " = " + text);
                }
            }
        }
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }
}
