package vn.tiepdan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypeTest {
    @Test
    void theTypeComesFromTheExtensionAndMustMatchTheContent() throws IOException {
        assertEquals(Optional.of(FileType.PDF), FileType.byExtension("Quyết định.PDF"));
        assertEquals(Optional.of(FileType.JPEG), FileType.byExtension("anh.jpeg"));
        assertEquals(Optional.empty(), FileType.byExtension("setup.exe"));
        assertEquals(Optional.empty(), FileType.byExtension("no-extension"));
        assertTrue(FileType.PDF.matches("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FileType.PDF.matches(new byte[] {'M', 'Z'}));
        assertTrue(FileType.JPEG.matches(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertFalse(FileType.PNG.matches(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        byte[] odt = odt("application/vnd.oasis.opendocument.text");
        assertTrue(FileType.ODT.matches(odt));
        assertTrue(FileType.DOCX.matches(odt)); // a zip; Word's own structure is not inspected
        assertFalse(FileType.ODT.matches(odt("application/vnd.oasis.opendocument.spreadsheet")));
    }

    /** An ODF package: the uncompressed "mimetype" entry first, as the format requires. */
    private static byte[] odt(String mimetype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
