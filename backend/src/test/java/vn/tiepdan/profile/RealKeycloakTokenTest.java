package vn.tiepdan.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Tokens;

/** Tokens issued by the real Keycloak with the committed demo realm, checked by the real OIDC validation. */
@QuarkusTest
class RealKeycloakTokenTest {

    @Test
    void aCliTokenOfTheDemoChairpersonReachesTheApi() {
        String token = Tokens.cli("chutich.tranbien");
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("chutich.tranbien"))
                .body("name", equalTo("Trần Văn Hùng"))
                .body("roles", contains("unit_leader"))
                .body("orgUnit.code", equalTo("DN-TRANBIEN"))
                .body("orgUnit.name", equalTo("UBND phường Trấn Biên"));
    }

    @Test
    void eachDemoUserCarriesTheUnitOfRolesMd() {
        given().auth().oauth2(Tokens.cli("thanhtra")).when().get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("inspector")).body("orgUnit.code", equalTo("DN-TTT"));
        given().auth().oauth2(Tokens.cli("canbo.phuly")).when().get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("reception_officer"))
                .body("orgUnit.name", equalTo("UBND xã Phú Lý"));
    }

    @Test
    void aTokenWithoutTheApiAudienceIsRefused() {
        // admin-cli is a client of the same realm, without the tiepdan-api audience mapper.
        String token = Tokens.password("admin-cli", "chutich.tranbien", "demo");
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = Tokens.cli("chutich.tranbien");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged)
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
