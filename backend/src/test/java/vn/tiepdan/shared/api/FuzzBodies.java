package vn.tiepdan.shared.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The bad values of OpenApiFuzzTest and the JSON-tree plumbing to put them at a path. */
final class FuzzBodies {
    static final String NUL = "a\u0000b";
    static final String HUGE = "x".repeat(900_000);
    static final List<String> EXTREME_DAYS = List.of("+999999999-12-31", "0000-01-01");
    private static final Pattern DATE_LIKE = Pattern.compile("^[+-]?\\d{4,}-\\d{2}-\\d{2}.*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private FuzzBodies() {
    }

    /** A JSON path step: a property name or an array index. */
    record Step(String name, int index) {
        @Override
        public String toString() {
            return name != null ? "." + name : "[" + index + "]";
        }
    }

    /** A leaf (or list or object) of a body, with a bad value to put there. */
    record Mutation(List<Step> at, String label, JsonNode value) {
    }

    /** The first non-null type of a schema ("string" when none is given). */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    /** Every bad value for every node of the body (arrays: their first item). */
    static void mutations(JsonNode node, List<Step> at, List<Mutation> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<Step> next = append(at, new Step(field.getKey(), -1));
                mutations(field.getValue(), next, out);
            });
            if (!at.isEmpty()) {
                out.add(new Mutation(at, "text for object", NODES.textNode("x")));
            }
        } else if (node.isArray()) {
            out.add(new Mutation(at, "object for array", NODES.objectNode()));
            ArrayNode many = NODES.arrayNode();
            JsonNode item = node.size() > 0 ? node.get(0) : NODES.textNode("x");
            for (int i = 0; i < 10_000; i++) {
                many.add(item);
            }
            out.add(new Mutation(at, "10000 items", many));
            if (node.size() > 0) {
                mutations(node.get(0), append(at, new Step(null, 0)), out);
            }
        } else if (node.isTextual()) {
            out.add(new Mutation(at, "number for text", NODES.numberNode(12345)));
            out.add(new Mutation(at, "NUL", NODES.textNode(NUL)));
            out.add(new Mutation(at, "900 kB text", NODES.textNode(HUGE)));
            if (DATE_LIKE.matcher(node.asText()).matches()) {
                String rest = node.asText().replaceFirst("^[+-]?\\d{4,}-\\d{2}-\\d{2}", "");
                for (String day : EXTREME_DAYS) {
                    out.add(new Mutation(at, "date " + day, NODES.textNode(day + rest)));
                }
            }
        } else if (node.isNumber()) {
            out.add(new Mutation(at, "text for number", NODES.textNode("many")));
            out.add(new Mutation(at, "fraction", NODES.numberNode(1.5)));
            out.add(new Mutation(at, "huge number", NODES.numberNode(new java.math.BigInteger("9".repeat(40)))));
        } else if (node.isBoolean()) {
            out.add(new Mutation(at, "text for boolean", NODES.textNode("yes")));
        }
    }

    /** A copy of the body with the value at the path. */
    static JsonNode with(JsonNode body, List<Step> at, JsonNode value) {
        if (at.isEmpty()) {
            return value;
        }
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            Step step = at.get(i);
            parent = step.name() != null ? parent.get(step.name()) : parent.get(step.index());
        }
        Step last = at.get(at.size() - 1);
        if (last.name() != null) {
            ((ObjectNode) parent).set(last.name(), value);
        } else {
            ((ArrayNode) parent).set(last.index(), value);
        }
        return copy;
    }

    static String label(List<Step> at) {
        StringBuilder text = new StringBuilder();
        at.forEach(text::append);
        return text.length() == 0 ? "body" : text.substring(text.charAt(0) == '.' ? 1 : 0);
    }

    /** Sends about the given number of bytes with no Content-Length (Transfer-Encoding: chunked). */
    static HttpResponse<String> chunked(URI uri, String method, String contentType, int bytes) throws Exception {
        byte[] chunk = "x".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        InputStream body = new InputStream() {
            private long left = bytes;
            private boolean opened;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (!opened) {
                    opened = true;
                    buffer[offset] = '[';
                    left--;
                    return 1;
                }
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(Math.min(length, chunk.length), left);
                System.arraycopy(chunk, 0, buffer, offset, n);
                left -= n;
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // The server may close the connection while the body is still being sent (after its 413): not a 5xx.
            return null;
        }
    }

    static HttpResponse<String> send(URI uri, String method, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<Step> append(List<Step> at, Step step) {
        List<Step> next = new ArrayList<>(at);
        next.add(step);
        return next;
    }
}
