package vn.tiepdan.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Tokens;

/** The report endpoints with real tokens of the demo realm (roles and org_unit from Keycloak). */
@QuarkusTest
class SubmissionRealTokenTest {
    @Test
    void demoUsersReachTheirReportEndpoints() {
        String danvan = Tokens.cli("danvan");
        given().auth().oauth2(danvan).when().get(SubmissionFlowTest.BASE).then().statusCode(200);
        given().auth().oauth2(danvan).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().put("/api/v1/reports/period-kinds/Q1").then().statusCode(403);
        given().auth().oauth2(Tokens.cli("chutich.tranbien")).when().get("/api/v1/reports/period-kinds")
                .then().statusCode(200).body("code", hasItem("BSVND_Y"));
        given().auth().oauth2(Tokens.cli("canbo.tranbien")).when().get(SubmissionFlowTest.BASE).then()
                .statusCode(403);
    }
}
