package vn.tiepdan.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
@TestSecurity(user = "quantri", roles = "admin")
class OrgUnitResourceTest {
    private static final String UNITS = "/api/v1/org-units";

    static String create(String code, UUID parent) {
        return given().contentType(ContentType.JSON).body("""
                {"code":"%s","name":"Đơn vị %s","kind":"DEPARTMENT","level":"PROVINCE","parentId":"%s",
                 "phone":"0251 3822 777","validFrom":"2025-07-01",
                 "receptionPlaces":[{"kind":"RECEPTION_POINT","name":"Phòng tiếp dân","address":"Số 1"}]}"""
                .formatted(code, code, parent))
                .when().post(UNITS).then().statusCode(201).extract().path("id");
    }

    @Test
    void todaysTreeIsTwoTierAndThePastTreeHasTheDistrictLevel() {
        given().when().get(UNITS + "/tree").then().statusCode(200)
                .body("find { it.code == 'DN' }.children.code", hasItems("DN-TRANBIEN", "DN-PHULY", "DN-TTT", "DN-VP"))
                .body("find { it.code == 'DN' }.children.code", not(hasItem("DN-TPBH")))
                .body("find { it.code == 'DN' }.children.find { it.code == 'DN-VP' }.children.code",
                        hasItem("DN-BTCD"));
        given().queryParam("at", "2025-06-01").when().get(UNITS + "/tree").then().statusCode(200)
                .body("find { it.code == 'DN' }.children.code", hasItems("DN-TPBH", "DN-VINHCUU"))
                .body("find { it.code == 'DN' }.children.code", not(hasItem("DN-TRANBIEN")))
                .body("find { it.code == 'DN' }.children.find { it.code == 'DN-TPBH' }.children.code",
                        containsInAnyOrder("DN-TPBH-HOABINH", "DN-TPBH-QUYETTHANG", "DN-TPBH-THANHBINH",
                                "DN-TPBH-TRUNGDUNG"))
                .body("code", hasItem("BP"));
    }

    @Test
    void aWardShowsItsPredecessorsPlacesAndOfficials() {
        given().when().get(UNITS + "/" + Fixtures.TRANBIEN).then().statusCode(200)
                .body("code", equalTo("DN-TRANBIEN"))
                .body("parent.code", equalTo("DN"))
                .body("phone", equalTo("0251 3822 101"))
                .body("receptionPlaces[0].kind", equalTo("RECEPTION_POINT"))
                .body("predecessors.predecessor.code", hasItems("DN-TPBH-QUYETTHANG", "DN-TPBH-THANHBINH",
                        "DN-TPBH-TRUNGDUNG", "DN-TPBH-HOABINH", "DN-TPBH"))
                .body("predecessors.find { it.predecessor.code == 'DN-TPBH-HOABINH' }.kind", equalTo("MERGE"))
                .body("predecessors.find { it.predecessor.code == 'DN-TPBH-HOABINH' }.effectiveDate",
                        equalTo("2025-07-01"))
                .body("predecessors.find { it.predecessor.code == 'DN-TPBH-HOABINH' }.legalBasis",
                        equalTo("Nghị quyết 1662/NQ-UBTVQH15"))
                .body("officials.find { it.head }.fullName", equalTo("Trần Văn Hùng"));
        given().when().get(UNITS + "/" + Fixtures.PHULY).then().statusCode(200)
                .body("predecessors[0].kind", equalTo("RENAME"));
    }

    @Test
    void aMobilizationViewerSeesUnitsButNoOfficials() {
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        given().when().get(UNITS + "/" + Fixtures.TRANBIEN).then().statusCode(200)
                .body("code", equalTo("DN-TRANBIEN")).body("officials", nullValue());
    }

    @Test
    void theListFiltersAndSearchesWithoutAccents() {
        given().queryParam("q", "tran bien").when().get(UNITS).then().statusCode(200)
                .body("items.code", hasItem("DN-TRANBIEN"));
        given().queryParam("q", "TRẤN BIÊN").when().get(UNITS).then().statusCode(200)
                .body("items.code", hasItem("DN-TRANBIEN"));
        given().queryParam("level", "COMMUNE").queryParam("size", 200).when().get(UNITS).then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(20)).body("items.level", everyItem(equalTo("COMMUNE")));
        given().queryParam("code", "DN-TPBH").when().get(UNITS).then().body("totalItems", equalTo(0));
        given().queryParam("code", "DN-TPBH").queryParam("includeClosed", true).when().get(UNITS).then()
                .body("totalItems", equalTo(1)).body("items[0].validTo", equalTo("2025-06-30"))
                .body("items[0].current", equalTo(false));
        given().queryParam("parent", Fixtures.DN).queryParam("kind", "DEPARTMENT").queryParam("size", 3)
                .when().get(UNITS).then().statusCode(200)
                .body("size", equalTo(3)).body("items.size()", equalTo(3))
                .body("totalItems", greaterThanOrEqualTo(9)).body("totalPages", greaterThanOrEqualTo(3));
    }

    @Test
    void pagingParametersOutOfRangeAreNamed() {
        given().queryParam("size", 500).when().get(UNITS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).when().get(UNITS).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", "abc").when().get(UNITS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("kind", "CASTLE").when().get(UNITS).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void everyInvalidFieldIsNamedInTheCallersLanguage() {
        String body = """
                {"code":"bad code","kind":"COMMUNE_PEOPLES_COMMITTEE","level":"PROVINCE",
                 "parentId":"%s","phone":"12ab","adminUnitCode":"7","validFrom":"2025-07-01",
                 "validTo":"2025-01-01"}""".formatted(UUID.randomUUID());
        given().contentType(ContentType.JSON).body(body).when().post(UNITS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "name", "level", "parentId", "phone",
                        "adminUnitCode", "validTo"))
                .body("errors.find { it.field == 'phone' }.code", equalTo("PHONE_FORMAT"))
                .body("errors.find { it.field == 'name' }.message", equalTo("Không được để trống"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).when().post(UNITS).then()
                .statusCode(400).body("title", equalTo("Invalid data"))
                .body("errors.find { it.field == 'parentId' }.message", equalTo("The parent unit does not exist"));
        given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"kind\":\"CASTLE\"}").when().post(UNITS).then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"validFrom\":\"2025-13-01\"}").when().post(UNITS)
                .then().statusCode(400).body("errors[0].field", equalTo("validFrom"));
    }

    @Test
    void aCodeCannotBeCarriedTwiceInTheSamePeriod() {
        String code = Fixtures.uniqueCode("DUP");
        create(code, Fixtures.DN);
        given().contentType(ContentType.JSON).body("""
                {"code":"%s","name":"Lần hai","kind":"DEPARTMENT","level":"PROVINCE","parentId":"%s",
                 "validFrom":"2026-01-01"}""".formatted(code, Fixtures.DN))
                .when().post(UNITS).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("CODE_OVERLAP"));
    }

    @Test
    void aStaleVersionIsAConflictThatTellsTheCurrentVersion() {
        String id = create(Fixtures.uniqueCode("VER"), Fixtures.DN);
        given().contentType(ContentType.JSON).body("{\"version\":0,\"name\":\"Tên mới\"}")
                .when().patch(UNITS + "/" + id).then().statusCode(200)
                .body("name", equalTo("Tên mới")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"name\":\"Tên khác\"}")
                .when().patch(UNITS + "/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("currentVersion", equalTo(1)).body("errors[0].field", equalTo("version"));
        given().when().get(UNITS + "/" + id).then().body("name", equalTo("Tên mới"));
    }

    @Test
    void aUnitCannotMoveBelowItself() {
        String a = create(Fixtures.uniqueCode("CYC"), Fixtures.DN);
        String b = create(Fixtures.uniqueCode("CYC"), UUID.fromString(a));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"parentId\":\"" + b + "\"}")
                .when().patch(UNITS + "/" + a).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId")).body("errors[0].code", equalTo("PARENT_CYCLE"));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"parentId\":\"" + a + "\"}")
                .when().patch(UNITS + "/" + a).then().statusCode(400).body("errors[0].code", equalTo("PARENT_CYCLE"));
    }

    @Test
    void reParentingMovesTheScopeOfTheWholeSubtree() {
        String p1Code = Fixtures.uniqueCode("P1");
        String p2Code = Fixtures.uniqueCode("P2");
        String p1 = create(p1Code, Fixtures.DN);
        String p2 = create(p2Code, Fixtures.DN);
        String child = create(Fixtures.uniqueCode("CH"), UUID.fromString(p1));
        String grandchild = create(Fixtures.uniqueCode("GC"), UUID.fromString(child));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"parentId\":\"" + p2 + "\"}")
                .when().patch(UNITS + "/" + child).then().statusCode(200).body("parent.id", equalTo(p2));

        Caller.as("canbo.p2", p2Code, "reception_officer");
        given().when().get(UNITS + "/" + grandchild).then().statusCode(200);
        Caller.as("canbo.p1", p1Code, "reception_officer");
        given().when().get(UNITS + "/" + grandchild).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().when().get(UNITS + "/" + p1).then().statusCode(200);
    }

    @Test
    void closingRecordsTheSuccessionAndNeverDeletes() {
        String oldId = create(Fixtures.uniqueCode("OLD"), Fixtures.DN);
        String newId = create(Fixtures.uniqueCode("NEW"), Fixtures.DN);
        String close = """
                {"version":0,"validTo":"2026-06-30","reason":"Sáp nhập","successorId":"%s",
                 "successionKind":"MERGE","legalBasis":"Quyết định thử 1/QĐ"}""".formatted(newId);
        given().contentType(ContentType.JSON).body(close).when().post(UNITS + "/" + oldId + "/close").then()
                .statusCode(200).body("validTo", equalTo("2026-06-30")).body("current", equalTo(false))
                .body("successors[0].successor.id", equalTo(newId)).body("successors[0].effectiveDate",
                        equalTo("2026-07-01"));
        given().when().get(UNITS + "/" + newId).then().body("predecessors[0].predecessor.id", equalTo(oldId))
                .body("predecessors[0].legalBasis", equalTo("Quyết định thử 1/QĐ"));
        given().contentType(ContentType.JSON).body(close.replace("\"version\":0", "\"version\":1"))
                .when().post(UNITS + "/" + oldId + "/close").then().statusCode(409)
                .body("errors[0].code", equalTo("ALREADY_CLOSED"));
        given().when().get(UNITS + "/" + oldId).then().statusCode(200);
    }

    @Test
    void aSuccessionNeedsBothTheSuccessorAndTheKind() {
        String id = create(Fixtures.uniqueCode("HALF"), Fixtures.DN);
        given().contentType(ContentType.JSON).body("{\"version\":0,\"validTo\":\"2026-06-30\",\"reason\":\"x\","
                + "\"successionKind\":\"MERGE\"}").when().post(UNITS + "/" + id + "/close").then().statusCode(400)
                .body("errors[0].field", equalTo("successorId"));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"validTo\":\"2020-01-01\"}")
                .when().post(UNITS + "/" + id + "/close").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("reason", "validTo"));
    }

    @Test
    void aUnitWithOpenChildrenCannotClose() {
        String parent = create(Fixtures.uniqueCode("PAR"), Fixtures.DN);
        create(Fixtures.uniqueCode("KID"), UUID.fromString(parent));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"validTo\":\"2026-06-30\",\"reason\":\"x\"}")
                .when().post(UNITS + "/" + parent + "/close").then().statusCode(409)
                .body("errors[0].code", equalTo("OPEN_CHILDREN"));
    }

    @Test
    void createdUnitsAnswerWithTheirLocation() {
        String code = Fixtures.uniqueCode("LOC");
        given().contentType(ContentType.JSON).body("""
                {"code":"%s","name":"Phường thử","kind":"COMMUNE_PEOPLES_COMMITTEE","level":"COMMUNE",
                 "parentId":"%s","validFrom":"2025-07-01"}""".formatted(code, Fixtures.DN))
                .when().post(UNITS).then().statusCode(201).header("Location", containsString("/api/v1/org-units/"))
                .body("code", equalTo(code)).body("version", equalTo(0)).body("officials.size()", equalTo(0));
    }
}
