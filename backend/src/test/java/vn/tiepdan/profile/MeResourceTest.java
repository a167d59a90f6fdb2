package vn.tiepdan.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void withoutTokenIsA401Problem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthenticated"))
                .body("title", equalTo("Chưa đăng nhập"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"))
                .body("requestId", notNullValue());
    }

    @Test
    @TestSecurity(user = "chutich.tranbien", roles = "unit_leader")
    @OidcSecurity(claims = {
            @Claim(key = "preferred_username", value = "chutich.tranbien"),
            @Claim(key = "family_name", value = "Trần Văn"),
            @Claim(key = "given_name", value = "Hùng"),
            @Claim(key = "org_unit", value = "DN-TRANBIEN")})
    void describesTheCallerWithTheNameOfTheirUnit() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("chutich.tranbien"))
                .body("name", equalTo("Trần Văn Hùng"))
                .body("roles", contains("unit_leader"))
                .body("orgUnit.code", equalTo("DN-TRANBIEN"))
                .body("orgUnit.name", equalTo("UBND phường Trấn Biên"));
    }

    @Test
    @TestSecurity(user = "ghost", roles = {"inspector", "some_other_role"})
    @OidcSecurity(claims = @Claim(key = "org_unit", value = "NO-SUCH-UNIT"))
    void anUnknownUnitKeepsItsCodeAndForeignRolesAreLeftOut() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("inspector"))
                .body("orgUnit.code", equalTo("NO-SUCH-UNIT"))
                .body("orgUnit.name", equalTo("NO-SUCH-UNIT"));
    }

    @Test
    @TestSecurity(user = "nounit", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "name", value = "Someone"))
    void aTokenWithoutUnitHasNoOrgUnit() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("Someone"))
                .body("orgUnit", nullValue())
                .body("roles", not(contains("unit_leader")));
    }
}
