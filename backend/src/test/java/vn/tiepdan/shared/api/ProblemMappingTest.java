package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every kind of bad input becomes an application/problem+json response that names the field; never a 500. */
@QuarkusTest
class ProblemMappingTest {
    private static final String ECHO = "/api/v1/test-echo";

    @Test
    void aValidRequestPassesThrough() {
        given().contentType(ContentType.JSON).body("{\"title\":\"Đơn\",\"count\":1,\"visitors\":[]}")
                .when().post(ECHO)
                .then().statusCode(200).body("title", equalTo("Đơn"));
    }

    @Test
    void malformedJsonIsA400() {
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post(ECHO)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", equalTo("Nội dung JSON không đọc được"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        given().contentType(ContentType.JSON).body("{\"title\":\"a\",\"count\":1,\"colour\":\"red\"}")
                .when().post(ECHO)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void aWrongTypeIsNamedWithItsPath() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"count\":1,\"visitors\":[{\"fullName\":\"An\",\"idNumber\":{}}]}")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("visitors[0].idNumber"))
                .body("errors[0].code", equalTo("WRONG_TYPE"));
        given().contentType(ContentType.JSON).body("{\"title\":\"a\",\"count\":\"many\"}")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("count"));
    }

    @Test
    void constraintViolationsNameEveryFieldInTheCallersLanguage() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"title\":\"\",\"visitors\":[{\"fullName\":\"An\",\"idNumber\":\"12\"}]}")
                .when().post(ECHO)
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid data"))
                .body("detail", equalTo("3 invalid field(s)"))
                .body("errors", hasSize(3))
                .body("errors.field", org.hamcrest.Matchers.contains("count", "title", "visitors[0].idNumber"))
                .body("errors[1].code", equalTo("NOT_BLANK"));
    }

    @Test
    void aQueryParameterOutOfRangeIsNamed() {
        given().queryParam("size", 500)
                .when().get(ECHO)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].code", equalTo("MAX"));
        given().queryParam("size", "abc")
                .when().get(ECHO)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size")).body("errors[0].code", equalTo("WRONG_TYPE"));
    }

    @Test
    void anOversizedBodyIsA413Problem() {
        String big = "{\"title\":\"" + "x".repeat(1_100_000) + "\",\"count\":1}";
        given().contentType(ContentType.JSON).body(big)
                .when().post(ECHO)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        given().contentType(ContentType.XML).body("<a/>")
                .when().post(ECHO)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aDomainConflictIsA409Problem() {
        given().when().get(ECHO + "/conflict")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"));
    }

    @Test
    void anUnexpectedFailureRevealsNothingInternal() {
        given().when().get(ECHO + "/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("/problems/internal"))
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at vn.tiepdan")));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void theRequestIdIsEchoedOrGenerated() {
        given().header("X-Request-Id", "abc-123").when().get("/api/v1/no-such-thing")
                .then().header("X-Request-Id", "abc-123").body("requestId", equalTo("abc-123"));
        given().header("X-Request-Id", "not a sane id <script>").when().get("/api/v1/no-such-thing")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().when().get("/q/health/live")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
