package vn.tiepdan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The tamper evidence of the audit trail: each event's hash is SHA-256 over a canonical serialisation of its
 * content and the previous event's hash. Every field is written as {@code name=<length>:<value>} (or
 * {@code name=-} for null) on its own line, so no value can be shifted into another field.
 */
final class HashChain {
    /** prev_hash of the first event. */
    static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    static String hash(AuditEvent e) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "seq", Long.toString(e.seq()));
        field(canonical, "id", e.id().toString());
        field(canonical, "occurredAt", DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
        field(canonical, "actor", e.actor());
        field(canonical, "actorUnit", e.actorUnit());
        field(canonical, "action", e.action());
        field(canonical, "entityType", e.entityType());
        field(canonical, "entityId", e.entityId());
        field(canonical, "reason", e.reason());
        field(canonical, "requestId", e.requestId());
        field(canonical, "details", e.details());
        field(canonical, "prevHash", e.prevHash());
        return sha256(canonical.toString());
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
