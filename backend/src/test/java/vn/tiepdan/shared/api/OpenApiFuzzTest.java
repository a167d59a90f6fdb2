package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/**
 * Walks every write operation of the OpenAPI document (POST/PUT/PATCH/DELETE or with a request body) and sends it
 * bad input built from its schema: empty, malformed, wrong top-level type, wrong type per property, NUL in every
 * text, extreme dates, a 900 kB text, a 10 000-item list, a chunked body over the limit. No answer may be a 5xx.
 */
@QuarkusTest
class OpenApiFuzzTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRITE_METHODS = List.of("post", "put", "patch", "delete");

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URI base;

    private JsonNode components;
    private final List<String> failures = new ArrayList<>();
    private int sent;
    final Map<String, String> ids = new java.util.HashMap<>();

    @Test
    @TestSecurity(user = "fuzz")
    void noWriteOperationAnswers5xx() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        Fixtures.Unit unit = tree.own();
        Fixtures.Planned planned = fixtures.schedule(unit);
        // Real records of the fuzz's own unit for the operations on one record, so the bad bodies reach the service
        // and the database rather than a 404; every other id is random.
        ids.put("/api/v1/cases/", fixtures.caseIn(unit.id()).toString());
        ids.put("/api/v1/org-units/", tree.below().id().toString());
        ids.put("/api/v1/officials/", unit.officialId().toString());
        ids.put("/api/v1/schedules/", planned.scheduleId().toString());
        ids.put("/api/v1/sessions/", planned.sessionId().toString());
        // Every role that may write (admin and the unit roles), in a fresh unit of its own below the province.
        Caller.as("fuzz", unit.code(), "admin", "reception_officer", "unit_leader", "petition_handler",
                "confidential_custodian", "inspector", "home_affairs_inspector");
        JsonNode doc = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        components = doc.path("components").path("schemas");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (WRITE_METHODS.contains(op.getKey()) || op.getValue().has("requestBody")) {
                    operations++;
                    new FuzzOperation(this, op.getKey(), path.getKey(), op.getValue()).fuzz();
                }
            }
        }
        assertTrue(operations > 50, "the OpenAPI document lists " + operations + " write operations");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent
                + " requests answered 5xx or accepted bad input:\n"
                + String.join("\n", failures));
    }

    /** One request; a 5xx is recorded with the operation and the case. */
    void send(String method, String path, String caseName, RequestSpecification request) {
        sent++;
        Response response = request.request(method.toUpperCase(), path);
        if (response.statusCode() >= 500) {
            String body = response.asString();
            failures.add(method.toUpperCase() + " " + path + " [" + caseName + "] -> " + response.statusCode()
                    + " " + body.substring(0, Math.min(200, body.length())));
        }
    }

    /** A JSON body sent with the JDK client (RestAssured is slow with bodies of a megabyte). */
    void sendJson(String method, String path, String query, String caseName, byte[] body) throws Exception {
        sent++;
        java.net.http.HttpResponse<String> response = FuzzBodies.send(base.resolve(path.substring(1) + query),
                method, "application/json", body);
        if (response.statusCode() < 300 && !path.startsWith("/api/v1/test-")) {
            // Bad input silently accepted: as much a failure as a 5xx (the probes of the tests have no limits).
            failures.add(method.toUpperCase() + " " + path + " [" + caseName + "] accepted -> "
                    + response.statusCode());
        }
        if (response.statusCode() >= 500) {
            String text = response.body();
            failures.add(method.toUpperCase() + " " + path + " [" + caseName + "] -> " + response.statusCode()
                    + " " + text.substring(0, Math.min(200, text.length())));
        }
    }

    void sendChunked(String method, String path, String contentType, int bytes) throws Exception {
        sent++;
        java.net.http.HttpResponse<String> response = FuzzBodies.chunked(base.resolve(path.substring(1)), method,
                contentType, bytes);
        if (response != null && response.statusCode() >= 500) {
            failures.add(method.toUpperCase() + " " + path + " [chunked " + bytes + " bytes] -> "
                    + response.statusCode());
        }
    }

    /** The schema with its $ref (and a first allOf/anyOf/oneOf member) resolved. */
    JsonNode resolve(JsonNode schema) {
        for (int depth = 0; depth < 10 && schema != null; depth++) {
            if (schema.has("$ref") && !schema.has("properties") && !schema.has("items")) {
                String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
                JsonNode target = components.get(name);
                if (target == null) {
                    return schema;
                }
                schema = target;
            } else if (schema.has("allOf") || schema.has("anyOf") || schema.has("oneOf")) {
                JsonNode members = schema.has("allOf") ? schema.get("allOf")
                        : schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
                JsonNode first = null;
                for (JsonNode member : members) {
                    JsonNode resolved = resolve(member);
                    if (!"null".equals(FuzzBodies.type(resolved))) {
                        first = resolved;
                        break;
                    }
                }
                return first == null ? schema : first;
            } else {
                return schema;
            }
        }
        return schema;
    }

    /** A value of the schema's shape, for the properties the examples leave out. */
    JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = FuzzBodies.type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(1.0);
            case "boolean":
                return NODES.booleanNode(false);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(
                            p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                }
                return object;
            }
            default:
                return NODES.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2026-12-01";
                    case "date-time" -> "2026-12-01T08:00:00+07:00";
                    case "local-time" -> "08:00:00";
                    default -> "x";
                });
        }
    }
}
