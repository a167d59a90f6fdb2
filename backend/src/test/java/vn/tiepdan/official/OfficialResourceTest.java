package vn.tiepdan.official;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
@TestSecurity(user = "quantri", roles = "admin")
class OfficialResourceTest {
    private static final String OFFICIALS = "/api/v1/officials";

    @Inject
    Fixtures fixtures;

    private String create(Fixtures.Unit unit, String name, String username) {
        return given().contentType(ContentType.JSON).body("""
                {"fullName":"%s","position":"Phó Chủ tịch","unitId":"%s","deputy":true,
                 "keycloakUsername":%s,"validFrom":"2025-08-01"}"""
                .formatted(name, unit.id(), username == null ? "null" : "\"" + username + "\""))
                .when().post(OFFICIALS).then().statusCode(201).body("unit.code", equalTo(unit.code()))
                .body("deputy", equalTo(true)).body("head", equalTo(false)).extract().path("id");
    }

    @Test
    void theDemoUsersAreOfficialsOfTheirUnits() {
        given().queryParam("unit", Fixtures.TRANBIEN).when().get(OFFICIALS).then().statusCode(200)
                .body("items.keycloakUsername", hasItem("chutich.tranbien"))
                .body("items.find { it.keycloakUsername == 'chutich.tranbien' }.fullName", equalTo("Trần Văn Hùng"))
                .body("items.find { it.keycloakUsername == 'chutich.tranbien' }.head", equalTo(true));
        given().queryParam("q", "hoang quoc bao").when().get(OFFICIALS).then().statusCode(200)
                .body("items[0].keycloakUsername", equalTo("giamdoc.snnmt"))
                .body("items[0].position", equalTo("Giám đốc Sở Nông nghiệp và Môi trường"));
    }

    @Test
    void anOfficialIsCreatedEditedAndEndedButNeverDeleted() {
        Fixtures.Unit unit = fixtures.tree().own();
        String id = create(unit, "Nguyễn Văn Mới", null);
        given().contentType(ContentType.JSON).body("{\"version\":0,\"position\":\"Chủ tịch\",\"head\":true,"
                + "\"deputy\":false}").when().patch(OFFICIALS + "/" + id).then().statusCode(200)
                .body("position", equalTo("Chủ tịch")).body("head", equalTo(true)).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"version\":1,\"validTo\":\"2025-12-31\",\"reason\":\"Nghỉ hưu\"}")
                .when().post(OFFICIALS + "/" + id + "/close").then().statusCode(200)
                .body("validTo", equalTo("2025-12-31")).body("current", equalTo(false));
        given().queryParam("unit", unit.id()).when().get(OFFICIALS).then().body("items.id", not(hasItem(id)));
        given().queryParam("unit", unit.id()).queryParam("includeClosed", true).when().get(OFFICIALS).then()
                .body("items.id", hasItem(id));
        given().when().get(OFFICIALS + "/" + id).then().statusCode(200);
    }

    @Test
    void anAccountBelongsToOneOfficialAtATime() {
        Fixtures.Unit unit = fixtures.tree().own();
        given().contentType(ContentType.JSON).body("""
                {"fullName":"Người Khác","position":"Chủ tịch","unitId":"%s","keycloakUsername":"chutich.tranbien",
                 "validFrom":"2025-08-01"}""".formatted(unit.id()))
                .when().post(OFFICIALS).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("keycloakUsername"))
                .body("errors[0].code", equalTo("ACCOUNT_TAKEN"));
    }

    @Test
    void invalidOfficialsAreRefusedFieldByField() {
        given().contentType(ContentType.JSON).body("""
                {"fullName":"","position":"Chủ tịch","unitId":"%s","head":true,"deputy":true,
                 "keycloakUsername":"Not Valid","validFrom":"2025-08-01"}""".formatted(java.util.UUID.randomUUID()))
                .when().post(OFFICIALS).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("fullName", "deputy",
                        "keycloakUsername", "unitId"));
    }

    @Test
    void theAuditTrailNamesChangedFieldsButNotTheirValues() {
        Fixtures.Unit unit = fixtures.tree().own();
        String id = create(unit, "Lê Thị Riêng", null);
        given().contentType(ContentType.JSON).body("{\"version\":0,\"fullName\":\"Lê Thị Đổi Tên\"}")
                .when().patch(OFFICIALS + "/" + id).then().statusCode(200);
        given().queryParam("entityId", id).when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE")).body("items[0].entityType", equalTo("OFFICIAL"))
                .body("items[0].details.fields", hasItem("fullName"))
                .body(not(containsString("Đổi Tên"))).body(not(containsString("Riêng")));
    }
}
