package vn.tiepdan.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a case document may have (allow-list), recognised by extension AND by the first bytes, so a
 * renamed executable or script is refused whatever Content-Type the client claims.
 */
public enum FileType {
    PDF("application/pdf", new String[] {"pdf"}),
    JPEG("image/jpeg", new String[] {"jpg", "jpeg"}),
    PNG("image/png", new String[] {"png"}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new String[] {"docx"}),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new String[] {"xlsx"}),
    ODT("application/vnd.oasis.opendocument.text", new String[] {"odt"});

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text"
            .getBytes(StandardCharsets.US_ASCII);

    private final String contentType;
    private final String[] extensions;

    FileType(String contentType, String[] extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The type named by the file's extension, if it is allowed. */
    public static Optional<FileType> byExtension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
    }

    /** Whether the content starts as this type's files do. */
    public boolean matches(byte[] head) {
        return switch (this) {
            case PDF -> startsWith(head, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case JPEG -> startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case PNG -> startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case DOCX, XLSX -> startsWith(head, 0, ZIP);
            // ODF: the first entry of the zip is the uncompressed "mimetype" file (name at offset 30).
            case ODT -> startsWith(head, 0, ZIP) && startsWith(head, 30, ODT_MIMETYPE);
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
