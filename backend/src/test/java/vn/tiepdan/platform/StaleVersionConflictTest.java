package vn.tiepdan.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A version conflict found by the database (Hibernate's version check at flush or commit, when two replicas passed
 * the services' check at the same time) is the same 409 as the services' own check: it carries currentVersion
 * (hardening issue, item 8).
 */
@QuarkusTest
class StaleVersionConflictTest {
    private static final String STALE = "/api/v1/test-stale-org-unit";

    private static long stored() {
        return Long.parseLong(given().when().get(STALE + "/version").then().statusCode(200).extract().asString());
    }

    @Test
    void aConflictAtCommitCarriesTheCurrentVersion() {
        long before = stored();
        given().when().get(STALE)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("currentVersion", equalTo((int) before + 1))
                .body("errors[0].field", equalTo("version"))
                .body("errors[0].code", equalTo("STALE_VERSION"));
    }

    @Test
    void aConflictAtAnExplicitFlushCarriesTheCurrentVersion() {
        long before = stored();
        given().queryParam("flush", true).when().get(STALE)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentVersion", equalTo((int) before + 1))
                .body("errors[0].code", equalTo("STALE_VERSION"));
    }
}
