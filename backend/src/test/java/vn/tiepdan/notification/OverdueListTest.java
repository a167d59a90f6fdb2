package vn.tiepdan.notification;

import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

@QuarkusTest
class OverdueListTest {
    @Inject
    HandlingFixtures fx;

    @Test
    @TestSecurity(user = "canbo.tranbien")
    void theOverdueListIsScopedToTheDeadlinesUnit() {
        LocalDate today = TestClock.today();
        UUID tb = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "VERIFYING_L1", "Khiếu nại", "xuly.tranbien");
        String tbDeadline = fx.deadline(tb, Fixtures.TRANBIEN, "RESOLVE", today.minusDays(5)).toString();
        UUID pl = fx.caseFile(Fixtures.PHULY, "KHIEU_NAI", "VERIFYING_L1", "Khiếu nại", null);
        String plDeadline = fx.deadline(pl, Fixtures.PHULY, "RESOLVE", today.minusDays(2)).toString();
        String notYet = fx.deadline(tb, Fixtures.TRANBIEN, "ACCEPT", today).toString();

        Caller.as("canbo.tranbien", HandlingFixtures.TRANBIEN_CODE, "reception_officer");
        given().queryParam("size", 200).get("/api/v1/overdue").then().statusCode(200)
                .body("items.deadlineId", hasItem(tbDeadline)).body("items.deadlineId", not(hasItem(plDeadline)))
                .body("items.deadlineId", not(hasItem(notYet)))
                .body("items.find { it.deadlineId == '" + tbDeadline + "' }.daysOverdue", equalTo(5))
                .body("items.find { it.deadlineId == '" + tbDeadline + "' }.kind", equalTo("CASE"))
                .body("items.find { it.deadlineId == '" + tbDeadline + "' }.unit.code", equalTo("DN-TRANBIEN"))
                .body("items.find { it.deadlineId == '" + tbDeadline + "' }.handler.username",
                        equalTo("xuly.tranbien"));
        given().queryParam("size", 200).queryParam("kind", "PETITION").get("/api/v1/overdue").then().statusCode(200)
                .body("items.deadlineId", not(hasItem(tbDeadline)));

        Caller.as("thanhtra", "DN-THANHTRA", "inspector");
        given().queryParam("size", 200).queryParam("unit", Fixtures.TRANBIEN).get("/api/v1/overdue").then()
                .statusCode(200).body("items.deadlineId", hasItem(tbDeadline))
                .body("items.deadlineId", not(hasItem(plDeadline)));
        given().queryParam("size", 200).queryParam("unit", Fixtures.PHULY).get("/api/v1/overdue").then()
                .statusCode(200).body("items.deadlineId", hasItem(plDeadline))
                .body("items.deadlineId", not(hasItem(tbDeadline)));
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        given().get("/api/v1/overdue").then().statusCode(403);
    }
}
