package vn.tiepdan.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Csv;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
@TestSecurity(user = "quantri", roles = "admin")
class OrgUnitImportTest {

    @Inject
    Fixtures fixtures;

    private static int count(String code) {
        return given().queryParam("code", code).when().get("/api/v1/org-units").then().extract().path("totalItems");
    }

    @Test
    void aDryRunReportsThePlanAndWritesNothing() {
        Fixtures.Unit existing = fixtures.tree().own();
        String parent = Fixtures.uniqueCode("IMP");
        String child = Fixtures.uniqueCode("IMP");
        // The child comes before its parent in the file.
        String csv = Csv.HEADER
                + child + ",Phòng con,DEPARTMENT,PROVINCE," + parent + ",,,,,2025-08-01\n"
                + parent + ",Phòng mẹ,DEPARTMENT,PROVINCE,DN,,\"Số 1, đường A\",0251 3822 300,\"Số 1, đường A\",2025-08-01\n"
                + existing.code() + ",Tên mới từ tệp,DEPARTMENT,PROVINCE,DN,,,,,2025-07-01\n";
        Csv.importCsv(csv, true, "vi").statusCode(200)
                .body("valid", equalTo(true)).body("applied", equalTo(false)).body("rows", equalTo(3))
                .body("toCreate", equalTo(2)).body("toUpdate", equalTo(1)).body("errors", hasSize(0));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(parent));
    }

    @Test
    void applyingWritesEveryRowInOneGo() {
        Fixtures.Unit existing = fixtures.tree().own();
        String parent = Fixtures.uniqueCode("APP");
        String child = Fixtures.uniqueCode("APP");
        String csv = Csv.HEADER
                + child + ",Phòng con,DEPARTMENT,PROVINCE," + parent + ",,,,,2025-07-01\n"
                + parent + ",Phòng mẹ,DEPARTMENT,PROVINCE,DN,,\"Số 1, đường A\",0251 3822 300,\"Số 1, đường A\",2025-07-01\n"
                + existing.code() + ",Tên mới từ tệp,DEPARTMENT,PROVINCE," + parent + ",,,,,2025-07-01\n";
        Csv.importCsv(csv, false, "vi").statusCode(200).body("valid", equalTo(true)).body("applied", equalTo(true));
        String parentId = given().queryParam("code", parent).when().get("/api/v1/org-units").then()
                .body("items[0].address", equalTo("Số 1, đường A")).extract().path("items[0].id");
        given().queryParam("code", child).when().get("/api/v1/org-units").then()
                .body("items[0].parent.code", equalTo(parent));
        given().when().get("/api/v1/org-units/" + existing.id()).then()
                .body("name", equalTo("Tên mới từ tệp")).body("parent.id", equalTo(parentId));
        given().when().get("/api/v1/org-units/" + parentId).then()
                .body("receptionPlaces[0].address", equalTo("Số 1, đường A"));
        given().queryParam("entityId", parentId).when().get("/api/v1/audit-events").then()
                .body("items[0].action", equalTo("CREATE")).body("items[0].details.source", equalTo("import"));
        given().queryParam("action", "IMPORT").when().get("/api/v1/audit-events").then()
                .body("totalItems", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void everyBadRowIsReportedByLineAndColumn() {
        String good = Fixtures.uniqueCode("BAD");
        String csv = Csv.HEADER
                + good + ",Phòng tốt,DEPARTMENT,PROVINCE,DN,,,,,2025-08-01\n"
                + Fixtures.uniqueCode("BAD") + ",Phòng lạc,DEPARTMENT,PROVINCE,NO-SUCH-PARENT,,,,,2025-08-01\n"
                + Fixtures.uniqueCode("BAD") + ",Phòng sai,CASTLE,PROVINCE,DN,,,12ab,,2025-08-01\n"
                + good + ",Trùng mã,DEPARTMENT,PROVINCE,DN,,,,,2025-08-01\n"
                + "DN-TPBH,Trùng thời gian,DISTRICT_PEOPLES_COMMITTEE,DISTRICT,DN,,,,,2024-01-01\n"
                + Fixtures.uniqueCode("BAD") + ",Sai ngày,DEPARTMENT,PROVINCE,DN,,,,,01/08/2025\n"
                + "thiếu cột\n";
        Csv.importCsv(csv, true, "vi").statusCode(200)
                .body("valid", equalTo(false)).body("rows", equalTo(7)).body("toCreate", equalTo(1))
                .body("errors.collect { it.line + ':' + it.column }", hasItems("3:parentCode", "4:kind", "4:phone",
                        "5:code", "6:code", "7:validFrom", "8:row"))
                .body("errors.find { it.line == 3 }.code", equalTo("UNKNOWN_PARENT"))
                .body("errors.find { it.line == 5 }.code", equalTo("DUPLICATE_CODE"))
                .body("errors.find { it.line == 6 }.code", equalTo("CODE_OVERLAP"));
        Csv.importCsv(csv, false, "en").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("line 3: parentCode"))
                .body("errors.find { it.field == 'line 3: parentCode' }.line", equalTo(3))
                .body("errors.find { it.field == 'line 3: parentCode' }.column", equalTo("parentCode"))
                .body("errors.find { it.field == 'line 3: parentCode' }.message",
                        equalTo("No unit with code NO-SUCH-PARENT in the file or among the current units"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(good));
    }

    @Test
    void theImportKeepsTheTreeRulesOfTheApiACommuneUnderACommuneAndAFarValidityAreRefused() {
        String commune = Fixtures.uniqueCode("CC");
        String far = Fixtures.uniqueCode("FAR");
        String csv = Csv.HEADER
                + commune + ",UBND xã thử,COMMUNE_PEOPLES_COMMITTEE,COMMUNE,DN-TRANBIEN,,,,,2025-08-01\n"
                + far + ",Phòng tương lai,DEPARTMENT,PROVINCE,DN,,,,,9999-12-31\n";
        Csv.importCsv(csv, true, "vi").statusCode(200).body("valid", equalTo(false))
                .body("errors.find { it.line == 2 && it.column == 'parentCode' }.code", equalTo("PARENT_LEVEL"))
                .body("errors.find { it.line == 3 && it.column == 'validFrom' }.code", equalTo("VALIDITY_TOO_FAR"));
        Csv.importCsv(csv, false, "vi").statusCode(400).contentType("application/problem+json");
        org.junit.jupiter.api.Assertions.assertEquals(0, count(commune));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(far));
    }

    @Test
    void aCycleInTheFileIsRefused() {
        String a = Fixtures.uniqueCode("CY");
        String b = Fixtures.uniqueCode("CY");
        Csv.importCsv(Csv.HEADER + a + ",A,DEPARTMENT,PROVINCE," + b + ",,,,,2025-08-01\n"
                + b + ",B,DEPARTMENT,PROVINCE," + a + ",,,,,2025-08-01\n", true, "vi").statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.code", hasItems("PARENT_CYCLE"))
                .body("errors.line", hasItems(2, 3));
    }

    @Test
    void aWrongHeaderOrEncodingIsA400() {
        Csv.importCsv("ma,ten\nX,Y\n", true, "vi").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("header")).body("errors[0].code", equalTo("HEADER"));
        byte[] latin1 = (Csv.HEADER + "X-1,Phòng,DEPARTMENT,PROVINCE,DN,,,,,2025-08-01\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Csv.importBytes(latin1, true, "en").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].code", equalTo("ENCODING"))
                .body("errors[0].message", equalTo("The CSV file must be encoded in UTF-8"));
    }
}
