package vn.tiepdan.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
class VisitFlowTest {
    @Inject
    Fixtures fixtures;

    private Fixtures.Unit officer() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("canbo.visit", unit.code(), "reception_officer");
        return unit;
    }

    @Test
    @TestSecurity(user = "canbo.visit")
    void aComplaintIsRecordedWithTheNextBookNumberAndTheDueDateOfItsNotice() {
        Fixtures.Unit unit = officer();
        var body = VisitApi.person(unit.id(), "Nguyễn Văn An", "075090001234", "Khu phố 3, phường Trấn Biên",
                "KHIEU_NAI", "Khiếu nại quyết định thu hồi đất");
        String id = VisitApi.create(VisitApi.with(body, "handlingDirection", "THU_LY")).then().statusCode(201)
                .header("Location", containsString("/api/v1/visits/"))
                .body("bookNo", equalTo("1/2026")).body("status", equalTo("HANDLED"))
                .body("displayName", equalTo("Nguyễn Văn An")).body("idNumber", equalTo("075090001234"))
                .body("firstTime", equalTo(true)).body("matterId", notNullValue())
                // 20/11/2026 (Friday) + 10 working days = 04/12/2026
                .body("resultNoticeDue", equalTo("2026-12-04"))
                .body("parties[0].fullName", equalTo("Nguyễn Văn An")).body("partiesMasked", equalTo(false))
                .body("allowedActions", equalTo(List.of("PATCH", "RESULT_NOTICE", "CASE_LINK")))
                .extract().path("id");
        VisitApi.create(body).then().statusCode(201).body("bookNo", equalTo("2/2026"));
        given().get("/api/v1/visits/" + id).then().statusCode(200).body("contentSummary",
                equalTo("Khiếu nại quyết định thu hồi đất"));
        given().queryParam("unit", unit.id()).get("/api/v1/visits").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].bookNo", equalTo("2/2026"));
    }

    @Test
    @TestSecurity(user = "canbo.visit")
    void searchIgnoresAccentsCaseAndUnicodeForm() {
        Fixtures.Unit unit = officer();
        VisitApi.createdId(VisitApi.person(unit.id(), "Nguyễn Văn An", null, null, "KIEN_NGHI_PHAN_ANH",
                "Kiến nghị sửa đường"));
        VisitApi.createdId(VisitApi.person(unit.id(), "Trần Thị Bích", null, null, "KIEN_NGHI_PHAN_ANH",
                "Phản ánh tiếng ồn"));
        for (String q : List.of("nguyen van an", "NGUYỄN VĂN AN", "Nguye\u0302\u0303n Va\u0306n An", "van an")) {
            given().queryParam("unit", unit.id()).queryParam("q", q).get("/api/v1/visits").then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].displayName", equalTo("Nguyễn Văn An"));
        }
        given().queryParam("unit", unit.id()).queryParam("q", "tieng on").get("/api/v1/visits").then()
                .body("totalItems", equalTo(1)).body("items[0].displayName", equalTo("Trần Thị Bích"));
        given().queryParam("unit", unit.id()).queryParam("size", 1).queryParam("page", 1).get("/api/v1/visits")
                .then().body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items[0].displayName", equalTo("Nguyễn Văn An"));
    }
}
