package vn.tiepdan.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void vietnameseIsTheDefaultLanguage() {
        assertEquals(Messages.VIETNAMESE, Messages.localeFor(List.of()));
        assertEquals(Messages.VIETNAMESE, Messages.localeFor(List.of(Locale.FRENCH)));
    }

    @Test
    void theFirstSupportedLanguageWins() {
        assertEquals(Locale.ENGLISH, Messages.localeFor(List.of(Locale.FRENCH, Locale.US, Messages.VIETNAMESE)));
        assertEquals(Messages.VIETNAMESE, Messages.localeFor(List.of(Locale.forLanguageTag("vi-VN"))));
    }

    @Test
    void textsAreFormattedInTheirLanguage() {
        assertEquals("2 trường không hợp lệ", Messages.text(Messages.VIETNAMESE, "problem.validation.detail", 2));
        assertEquals("The request body exceeds 1,024 bytes",
                Messages.text(Locale.ENGLISH, "problem.payload-too-large.detail", 1024));
    }
}
