package vn.tiepdan.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;

/** A commune sits under the province, never under another commune (two-tier local government from 1/7/2025). */
@QuarkusTest
@TestSecurity(user = "quantri", roles = "admin")
class UnitParentLevelTest {
    private static final String UNITS = "/api/v1/org-units";

    private static io.restassured.response.Response create(String kind, String level, String parent) {
        return given().contentType(ContentType.JSON).body("""
                {"code":"%s","name":"Đơn vị thử","kind":"%s","level":"%s","parentId":"%s","validFrom":"2025-07-01"}"""
                .formatted(Fixtures.uniqueCode("LVL"), kind, level, parent)).post(UNITS);
    }

    @Test
    void aCommuneCannotBeCreatedOrMovedUnderACommune() {
        String commune = create("COMMUNE_PEOPLES_COMMITTEE", "COMMUNE", Fixtures.DN.toString()).then()
                .statusCode(201).extract().path("id");
        create("COMMUNE_PEOPLES_COMMITTEE", "COMMUNE", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId")).body("errors[0].code", equalTo("PARENT_LEVEL"));
        // The commune's own bodies (a public service unit, its Party committee) may sit under it.
        create("PUBLIC_SERVICE_UNIT", "COMMUNE", commune).then().statusCode(201);
        String other = create("COMMUNE_PEOPLES_COMMITTEE", "COMMUNE", Fixtures.DN.toString()).then()
                .statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"version\":0,\"parentId\":\"" + commune + "\"}")
                .patch(UNITS + "/" + other).then().statusCode(400).body("errors[0].code", equalTo("PARENT_LEVEL"));
    }

    @Test
    void theRule() {
        assertFalse(UnitRules.parentSuits(OrgUnitKind.COMMUNE_PEOPLES_COMMITTEE, OrgUnitLevel.COMMUNE,
                OrgUnitLevel.COMMUNE));
        assertFalse(UnitRules.parentSuits(OrgUnitKind.DEPARTMENT, OrgUnitLevel.PROVINCE, OrgUnitLevel.COMMUNE));
        assertTrue(UnitRules.parentSuits(OrgUnitKind.COMMUNE_PEOPLES_COMMITTEE, OrgUnitLevel.COMMUNE,
                OrgUnitLevel.PROVINCE));
        assertTrue(UnitRules.parentSuits(OrgUnitKind.COMMUNE_PEOPLES_COMMITTEE, OrgUnitLevel.COMMUNE,
                OrgUnitLevel.DISTRICT));
        assertTrue(UnitRules.parentSuits(OrgUnitKind.COURT, OrgUnitLevel.EXTERNAL, OrgUnitLevel.COMMUNE));
    }
}
