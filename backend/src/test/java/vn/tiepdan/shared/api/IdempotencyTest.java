package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;

/** A retried form submission with the same Idempotency-Key creates one record, never two (API.md, "Writes"). */
@QuarkusTest
@TestSecurity(user = "quantri", roles = "admin")
class IdempotencyTest {
    private static final String UNITS = "/api/v1/org-units";

    private static String unit(String code) {
        return """
                {"code":"%s","name":"Đơn vị %s","kind":"DEPARTMENT","level":"PROVINCE","parentId":"%s",
                 "validFrom":"2025-07-01"}""".formatted(code, code, Fixtures.DN);
    }

    private static Response post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(UNITS);
    }

    @Test
    void aReplayReturnsTheFirstAnswerAndCreatesNothingMore() {
        String code = "IDEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String key = UUID.randomUUID().toString();
        String id = post(key, unit(code)).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("id");
        post(key, unit(code)).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id))
                .body("code", equalTo(code));
        given().queryParam("code", code).when().get(UNITS).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        String code = "IDEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post(key, unit(code)).then().statusCode(201);
        post(key, unit(code + "-X")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
        given().queryParam("code", code + "-X").when().get(UNITS).then().body("totalItems", equalTo(0));
    }

    @Test
    void aRejectedRequestIsReplayedAsRejected() {
        String key = UUID.randomUUID().toString();
        String bad = "{\"code\":\"lower case\",\"name\":\"\"}";
        post(key, bad).then().statusCode(400);
        post(key, bad).then().statusCode(400).header("Idempotent-Replayed", "true")
                .contentType("application/problem+json");
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeader() {
        post("short", unit("IDEM-NEVER")).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String code = "IDEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post(key, unit(code)).then().statusCode(201);
        vn.tiepdan.support.Caller.as("quantri2", "DN", "admin");
        post(key, unit(code)).then().statusCode(409).header("Idempotent-Replayed", nullValue());
    }
}
