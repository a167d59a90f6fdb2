package vn.tiepdan.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Tokens;

/** Scope with a real token of the demo realm: the commune officer of Phú Lý does not see Trấn Biên. */
@QuarkusTest
class RealTokenScopeTest {

    @Test
    void canboPhulyDoesNotSeeTranBien() {
        String token = Tokens.cli("canbo.phuly");
        given().auth().oauth2(token).when().get("/api/v1/org-units/" + Fixtures.TRANBIEN).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/org-units").then().statusCode(200)
                .body("items.code", not(hasItem("DN-TRANBIEN"))).body("items.code", hasItem("DN-PHULY"))
                .body("totalItems", equalTo(1));
        given().auth().oauth2(token).when().get("/api/v1/org-units/tree").then().statusCode(200)
                .body("code", equalTo(java.util.List.of("DN-PHULY")));
        given().auth().oauth2(token).when().get("/api/v1/org-units/" + Fixtures.PHULY).then().statusCode(200)
                .body("parent.id", org.hamcrest.Matchers.nullValue()).body("parent.code", equalTo("DN"));
        given().auth().oauth2(token).when().get("/api/v1/audit-events").then().statusCode(403);
    }
}
