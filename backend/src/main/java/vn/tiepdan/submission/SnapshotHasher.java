package vn.tiepdan.submission;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import vn.tiepdan.report.FormResult;
import vn.tiepdan.report.FormRow;
import vn.tiepdan.report.PeriodView;

/**
 * The frozen content of a submitted report and its SHA-256 hash (DOMAIN.md §7.3 item 1). The canonical form is JSON
 * without whitespace, object keys sorted at every level, every figure a plain decimal string without trailing zeros
 * ({@code "12"}, {@code "1.5"}, {@code "0"}), and no computation time, so the same figures always give the same
 * bytes. The content: unit, period, forms (code, version, rows with kind, unit, label and values), narrative, document
 * number and signer.
 */
public final class SnapshotHasher {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private SnapshotHasher() {
    }

    /** The narrative and signature fields frozen with the figures. */
    public record Narrative(String results, String difficulties, String exemplary, String proposals, String docNo,
            String signerName, String signerTitle) {
    }

    /** The snapshot tree of a report. */
    public static ObjectNode snapshot(String unitId, String unitCode, String unitName, PeriodView period,
            List<FormResult> forms, Narrative narrative) {
        ObjectNode root = NODES.objectNode();
        ObjectNode unit = root.putObject("unit");
        unit.put("id", unitId);
        unit.put("code", unitCode);
        unit.put("name", unitName);
        ObjectNode p = root.putObject("period");
        p.put("code", period.code());
        p.put("kind", period.kind());
        p.put("from", period.from().toString());
        p.put("to", period.to().toString());
        p.put("label", period.label());
        root.set("forms", forms(forms));
        ObjectNode n = root.putObject("narrative");
        n.put("results", narrative.results());
        n.put("difficulties", narrative.difficulties());
        n.put("exemplary", narrative.exemplary());
        n.put("proposals", narrative.proposals());
        root.put("docNo", narrative.docNo());
        ObjectNode signer = root.putObject("signer");
        signer.put("name", narrative.signerName());
        signer.put("title", narrative.signerTitle());
        return root;
    }

    /** The forms part of the snapshot: code, version and rows. */
    public static ArrayNode forms(List<FormResult> forms) {
        ArrayNode out = NODES.arrayNode();
        for (FormResult f : forms) {
            ObjectNode form = out.addObject();
            form.put("code", f.form().code());
            form.put("version", f.form().version());
            ArrayNode rows = form.putArray("rows");
            for (FormRow r : f.rows()) {
                ObjectNode row = rows.addObject();
                row.put("kind", r.kind());
                row.put("unitId", r.unitId() == null ? null : r.unitId().toString());
                row.put("unitCode", r.unitCode());
                row.put("label", r.label());
                ArrayNode values = row.putArray("values");
                for (BigDecimal v : r.values()) {
                    values.add(plain(v));
                }
            }
        }
        return out;
    }

    /** A figure as a canonical plain string: no exponent, no trailing zeros, "0" for zero. */
    public static String plain(BigDecimal v) {
        if (v == null) {
            return "0";
        }
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    /** The canonical bytes of a tree: sorted keys, no whitespace, UTF-8. */
    public static byte[] canonical(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String canonicalText(JsonNode node) {
        return new String(canonical(node), StandardCharsets.UTF_8);
    }

    /** SHA-256 of the canonical bytes, lower-case hex. */
    public static String hash(JsonNode node) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(node)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            g.writeNull();
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            g.writeStartObject();
            for (String name : names) {
                g.writeFieldName(name);
                write(g, node.get(name));
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                write(g, it.next());
            }
            g.writeEndArray();
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else if (node.isNumber()) {
            // numbers never occur in a snapshot we write; keep any that do canonical too
            g.writeString(plain(node.decimalValue()));
        } else {
            g.writeString(node.asText());
        }
    }
}
