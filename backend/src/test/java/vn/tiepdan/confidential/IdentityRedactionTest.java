package vn.tiepdan.confidential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Luật Tố cáo 2018, Điều 56(2): name, address and other personal information are removed (lược bỏ). */
class IdentityRedactionTest {
    private static final IdentityVault.Person DENOUNCER = new IdentityVault.Person("VISITOR", "Trịnh Thị Bảo Ngọc",
            "CCCD", "075190123456", null, null, "FEMALE", 1990, "Tổ 5, khu phố 3, phường Trấn Biên", null,
            "0912 345 678", "ngoc@example.vn", null, null);

    @Test
    void removesNameIdPhoneAddressAndEmailWhateverTheAccentsCaseAndSpacing() {
        String text = "Bà TRINH THI BAO NGOC (CCCD 075 190 123 456, ĐT 0912.345.678, ngoc@example.vn), trú tại "
                + "Tổ 5, khu phố 3, phường Trấn Biên, tố cáo ông X; bà trịnh thị bảo ngọc đề nghị giữ bí mật.";
        String redacted = IdentityVault.redact(text, List.of(DENOUNCER));
        assertFalse(redacted.toLowerCase().contains("ngoc"), redacted);
        assertFalse(redacted.toLowerCase().contains("ngọc"), redacted);
        assertFalse(redacted.replaceAll("\\D", "").contains("075190123456"), redacted);
        assertFalse(redacted.replaceAll("\\D", "").contains("0912345678"), redacted);
        assertFalse(redacted.contains("example.vn"), redacted);
        assertFalse(redacted.contains("khu phố 3"), redacted);
        assertTrue(redacted.contains("tố cáo ông X"), redacted);
        assertEquals(6, redacted.split(java.util.regex.Pattern.quote(IdentityVault.REDACTED), -1).length - 1, redacted);
    }

    @Test
    void leavesOtherTextAndNullAlone() {
        assertEquals("Ông Lê Văn Tám tố cáo", IdentityVault.redact("Ông Lê Văn Tám tố cáo", List.of(DENOUNCER)));
        assertEquals(null, IdentityVault.redact(null, List.of(DENOUNCER)));
    }
}
