package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bad requests of OpenApiFuzzTest for one operation, built from its parameters and request body schema. */
final class FuzzOperation {
    private final OpenApiFuzzTest test;
    private final String method;
    private final String template;
    private final JsonNode operation;

    FuzzOperation(OpenApiFuzzTest test, String method, String template, JsonNode operation) {
        this.test = test;
        this.method = method;
        this.template = template;
        this.operation = operation;
    }

    void fuzz() throws Exception {
        String path = path();
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            json(path, content.get("application/json"));
        } else if (content.has("multipart/form-data")) {
            multipart(path, content.get("multipart/form-data"));
        } else if (content.size() > 0) {
            String type = content.fieldNames().next();
            test.send(method, path, "empty", request().contentType(type));
            test.send(method, path, "NUL", request().contentType(type)
                    .body("code,name\nA\u0000,B\n".getBytes(StandardCharsets.UTF_8)));
            test.send(method, path, "900 kB", request().contentType(type)
                    .body(FuzzBodies.HUGE.getBytes(StandardCharsets.UTF_8)));
            test.sendChunked(method, path, type, 2_000_000);
        } else {
            test.send(method, path, "no body", request());
        }
    }

    /** Path parameters: a random id (so nothing real is touched), else the documented example. */
    private String path() {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            JsonNode schema = test.resolve(parameter.path("schema"));
            String format = schema.path("format").asText("");
            String type = FuzzBodies.type(schema);
            String value;
            if ("uuid".equals(format) || parameter.path("name").asText().endsWith("id")) {
                value = test.ids.entrySet().stream().filter(e -> template.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(UUID.randomUUID().toString());
            } else if ("date".equals(format)) {
                value = "2001-01-01";
            } else if ("integer".equals(type)) {
                value = "2026";
            } else if (parameter.has("example")) {
                value = parameter.get("example").asText();
            } else {
                value = "x";
            }
            path = path.replace("{" + parameter.path("name").asText() + "}", value);
        }
        return path;
    }

    private RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false);
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                request.queryParam(parameter.path("name").asText(),
                        test.sample(parameter.path("schema"), 0).asText());
            }
        }
        return request;
    }

    private void json(String path, JsonNode media) throws Exception {
        String type = "application/json";
        test.send(method, path, "empty", request().contentType(type));
        test.send(method, path, "malformed", request().contentType(type).body("{\"a\": "));
        test.send(method, path, "[]", request().contentType(type).body("[]"));
        test.send(method, path, "number", request().contentType(type).body("12345"));
        JsonNode schema = test.resolve(media.path("schema"));
        JsonNode base = example(media);
        if (base == null) {
            base = test.sample(schema, 0);
        }
        List<FuzzBodies.Mutation> mutations = new ArrayList<>();
        FuzzBodies.mutations(base, List.of(), mutations);
        for (FuzzBodies.Mutation mutation : mutations) {
            send(path, base, mutation);
        }
        // The properties the example leaves out, each added alone and then broken.
        if (base.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> property = it.next();
                if (base.has(property.getKey())) {
                    continue;
                }
                ObjectNode extended = base.deepCopy();
                extended.set(property.getKey(), test.sample(property.getValue(), 1));
                List<FuzzBodies.Mutation> more = new ArrayList<>();
                FuzzBodies.mutations(extended.get(property.getKey()), List.of(new FuzzBodies.Step(
                        property.getKey(), -1)), more);
                for (FuzzBodies.Mutation mutation : more) {
                    send(path, extended, mutation);
                }
            }
        }
        test.sendChunked(method, path, type, 2_000_000);
    }

    private void send(String path, JsonNode base, FuzzBodies.Mutation mutation) throws Exception {
        String body = FuzzBodies.with(base, mutation.at(), mutation.value()).toString();
        test.sendJson(method, path, query(), FuzzBodies.label(mutation.at()) + ": " + mutation.label(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** The required query parameters, as a query string. */
    private String query() {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                query.append(query.length() == 0 ? '?' : '&').append(parameter.path("name").asText()).append('=')
                        .append(java.net.URLEncoder.encode(test.sample(parameter.path("schema"), 0).asText(),
                                StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        for (JsonNode example : media.path("examples")) {
            if (example.has("value")) {
                return example.get("value");
            }
        }
        return null;
    }

    /** A multipart form: each text field broken in turn, the file left out, a chunked body over the upload limit. */
    private void multipart(String path, JsonNode media) throws Exception {
        JsonNode schema = test.resolve(media.path("schema"));
        List<String> texts = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            if (!"binary".equals(test.resolve(p.getValue()).path("format").asText())) {
                texts.add(p.getKey());
            }
        });
        test.send(method, path, "empty", request().contentType("multipart/form-data; boundary=none"));
        test.send(method, path, "malformed", request().contentType("multipart/form-data; boundary=b")
                .body("--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nno end"
                        .getBytes(StandardCharsets.US_ASCII)));
        test.send(method, path, "no file", form(texts, null, null));
        for (String field : texts) {
            test.send(method, path, field + ": NUL", form(texts, field, FuzzBodies.NUL));
            test.send(method, path, field + ": 900 kB text", form(texts, field, FuzzBodies.HUGE));
            for (String day : FuzzBodies.EXTREME_DAYS) {
                test.send(method, path, field + ": date " + day, form(texts, field, day));
            }
        }
        test.sendChunked(method, path, "multipart/form-data; boundary=b", 11_000_000);
        test.sendChunked(method, path, "multipart/form-data; boundary=b", 13_000_000);
    }

    private RequestSpecification form(List<String> texts, String broken, String value) {
        RequestSpecification request = request().contentType("multipart/form-data");
        for (String field : texts) {
            request.multiPart(field, field.equals(broken) ? value : "x");
        }
        if (broken != null) {
            request.multiPart("file", "a.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        }
        return request;
    }
}
