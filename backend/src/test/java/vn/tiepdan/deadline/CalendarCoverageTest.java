package vn.tiepdan.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No due date is computed over a year without a working-day calendar (V4 ships 2025–2027). */
@QuarkusTest
@TestSecurity(user = "canbo", roles = "reception_officer")
class CalendarCoverageTest {
    private static io.restassured.response.ValidatableResponse compute(String rule, String start) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("ruleCode", rule, "startDate", start)).post("/api/v1/deadlines/compute").then();
    }

    @Test
    void aWorkingDayCountIntoAYearWithoutCalendarIsRefused() {
        // Mon 20/12/2027 + 10 working days reaches January 2028: no days off known for 2028.
        compute("KN.ACCEPT_L1", "2027-12-20").statusCode(409)
                .body("errors[0].field", equalTo("calendar")).body("errors[0].code", equalTo("CALENDAR_MISSING"))
                .body("errors[0].message", containsString("No working-day calendar for 2028"));
        // Inside 2027 it is computed.
        compute("KN.ACCEPT_L1", "2027-06-01").statusCode(200);
    }

    @Test
    void aCalendarDayPeriodEndingInSuchAYearIsRefusedAndAYearPeriodIsFlagged() {
        compute("KN.RESOLVE_L1", "2027-12-10").statusCode(409).body("errors[0].code", equalTo("CALENDAR_MISSING"));
        compute("KN.LAWSUIT", "2027-03-01").statusCode(200)
                .body("steps", hasItem(containsString("chưa có lịch ngày làm việc năm 2028")));
    }
}
