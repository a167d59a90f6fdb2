package vn.tiepdan.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Tokens;

/** Sessions with real tokens of the demo realm: Trấn Biên's chairperson sees the ward's mornings; Phú Lý does not. */
@QuarkusTest
class RealTokenSessionsTest {
    @Test
    void theChairpersonSeesTheWardsMorningsAndAnotherCommuneDoesNot() {
        String chutich = Tokens.cli("chutich.tranbien");
        given().auth().oauth2(chutich).queryParam("unit", Fixtures.TRANBIEN).queryParam("from", "2026-11-13")
                .queryParam("to", "2026-11-13").get("/api/v1/sessions").then().statusCode(200)
                .body("items[0].status", equalTo("CANCELLED")).body("items[0].allowedActions.size()", equalTo(0))
                .body("items[0].presidingOfficial.fullName", equalTo("Trần Văn Hùng"));
        given().auth().oauth2(chutich).queryParam("unit", Fixtures.TRANBIEN).queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31").get("/api/v1/compliance").then().statusCode(200)
                .body("items[0].appliesTo", equalTo("COMMUNE_CHAIRPERSON"))
                .body("items[0].heldInPerson", greaterThan(0));
        given().auth().oauth2(Tokens.cli("canbo.phuly")).queryParam("unit", Fixtures.TRANBIEN)
                .get("/api/v1/sessions").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
