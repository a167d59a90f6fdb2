package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Security headers on every response; operations endpoints closed to anonymous callers. */
@QuarkusTest
class ResponseHeadersTest {
    @Test
    @TestSecurity(user = "canbo", roles = "reception_officer")
    void theApiIsNeverCachedAndNeverSniffed() {
        given().get("/api/v1/visits").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        // Problems too.
        given().get("/api/v1/visits/not-a-uuid").then().header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void publicAndPlatformResponsesAreNotSniffed() {
        given().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/api/v1/visits").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/public/v1/units").then().header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", nullValue());
    }

    @Test
    void metricsAndSwaggerUiNeedAnAdministrator() {
        given().get("/q/metrics").then().statusCode(401);
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(401);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "canbo", roles = "reception_officer")
    void metricsAreNotForOtherRoles() {
        given().get("/q/metrics").then().statusCode(403);
    }
}
