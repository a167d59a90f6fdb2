package vn.tiepdan.publicapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The unit directory is open to everyone and carries no personal data. */
@QuarkusTest
class PublicUnitsResourceTest {

    @Test
    void anyoneFindsAUnitsAddressPhoneAndReceptionPlaces() {
        given().queryParam("q", "tran bien").when().get("/public/v1/units").then().statusCode(200)
                .body("items.code", hasItem("DN-TRANBIEN"))
                .body("items.find { it.code == 'DN-TRANBIEN' }.phone", equalTo("0251 3822 101"))
                .body("items.find { it.code == 'DN-TRANBIEN' }.receptionPlaces[0].kind", equalTo("RECEPTION_POINT"));
    }

    @Test
    void nothingPersonalNorUnpublishedNorPastIsShown() {
        String body = given().queryParam("size", 200).when().get("/public/v1/units").then().statusCode(200)
                .body("items.code", not(hasItem("DN-TPBH")))
                .body("items.code", not(hasItem("DN-TAND")))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Trần Văn Hùng")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("chutich")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("không công bố")));
        org.hamcrest.MatcherAssert.assertThat(body, containsString("Thanh tra tỉnh Đồng Nai"));
    }

    @Test
    void theContractShowsNoSecurityRequirement() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/public/v1/units'.get.operationId", equalTo("listPublicUnits"))
                .body("paths.'/public/v1/units'.get.security", org.hamcrest.Matchers.anyOf(nullValue(),
                        org.hamcrest.Matchers.empty()))
                .body("paths.'/api/v1/org-units'.get.security[0]", org.hamcrest.Matchers.hasKey("bearer"))
                .body("paths.'/api/v1/org-units'.get.security[0].bearer", org.hamcrest.Matchers.empty())
                .body("paths.'/api/v1/org-units'.post.x-roles", org.hamcrest.Matchers.contains("admin"));
    }
}
