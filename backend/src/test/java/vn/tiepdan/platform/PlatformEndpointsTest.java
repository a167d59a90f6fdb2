package vn.tiepdan.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The operational endpoints integrators and operators rely on answer (metrics: administrators only). */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApiWithProblemsAndSecurity() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("TiếpDân API"))
                .body("paths.'/api/v1/me'.get.operationId", equalTo("getMe"))
                .body("paths.'/api/v1/me'.get.tags", hasItem("Profile"))
                .body("paths.'/api/v1/me'.get.responses", hasKey("401"))
                .body("paths.'/api/v1/me'.get.responses.'401'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/me'.get.security[0]", hasKey("bearer"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "quantri", roles = "admin")
    void prometheusMetricsAreExposedToAdministrators() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory"));
    }
}
