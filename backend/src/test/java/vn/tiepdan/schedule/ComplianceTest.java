package vn.tiepdan.schedule;

import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** October 2026 of one department head, counted by hand. */
@QuarkusTest
class ComplianceTest {
    @Inject
    Fixtures fixtures;

    private void session(UUID unit, UUID head, UUID presiding, String date, String status, String actualStart,
            Integer visitors, boolean delegated) {
        fixtures.sql("insert into reception_session (id, org_unit_id, session_date, planned_start, planned_end, "
                + "place_text, channel, kind, program, status, obligated_head_id, presiding_official_id, delegated, "
                + "delegation_reason, notice, actual_start, visitors_count) values (?1, ?2, cast(?3 as date), "
                + "time '07:00', time '08:00', 'Trụ sở', 'IN_PERSON', 'PERIODIC', 'BUOI_SANG_VOI_NHAN_DAN', ?4, ?5, "
                + "?6, ?7, case when ?7 then 'Bận họp' end, case when ?4 in ('CANCELLED', 'POSTPONED') then "
                + "'Thông báo' end, cast(?8 as timestamptz), cast(?9 as int))", UUID.randomUUID(), unit, date, status,
                head, presiding, delegated, actualStart, visitors == null ? null : visitors.toString());
    }

    @Test
    @TestSecurity(user = "inspector")
    void aMonthsComplianceEqualsAHandCount() {
        Fixtures.Unit unit = fixtures.tree().own();
        UUID head = fixtures.official(unit.id(), "Giám đốc", true, null);
        UUID deputy = unit.officialId();
        session(unit.id(), head, head, "2026-10-01", "HELD", "2026-10-01T07:05:00+07:00", 2, false);
        session(unit.id(), head, head, "2026-10-02", "HELD_NO_VISITORS", "2026-10-02T07:20:00+07:00", 0, false);
        session(unit.id(), head, deputy, "2026-10-05", "HELD", "2026-10-05T07:00:00+07:00", 1, true);
        session(unit.id(), head, head, "2026-10-06", "CANCELLED", null, null, false);
        session(unit.id(), head, head, "2026-10-07", "POSTPONED", null, null, false);
        session(unit.id(), head, head, "2026-10-08", "HELD", "2026-10-08T07:00:00+07:00", 4, false);
        session(unit.id(), head, head, "2026-10-09", "PUBLISHED", null, null, false);
        session(unit.id(), head, head, "2026-10-12", "PLANNED", null, null, false);
        session(unit.id(), head, head, "2026-11-02", "HELD", "2026-11-02T07:00:00+07:00", 1, false);

        Caller.as("inspector", null, "inspector");
        given().queryParam("unit", unit.id()).queryParam("from", "2026-10-01").queryParam("to", "2026-10-31")
                .get("/api/v1/compliance").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].official.id", equalTo(head.toString()))
                .body("items[0].appliesTo", equalTo("AGENCY_HEAD"))
                .body("items[0].scheduled", equalTo(7))
                .body("items[0].heldInPerson", equalTo(3))
                .body("items[0].heldNoVisitors", equalTo(1))
                .body("items[0].delegated", equalTo(1))
                .body("items[0].cancelled", equalTo(1))
                .body("items[0].postponed", equalTo(1))
                .body("items[0].missed", TestClock.today().isAfter(LocalDate.of(2026, 10, 12)) ? equalTo(2) : equalTo(0))
                .body("items[0].late", equalTo(1))
                .body("items[0].visitors", equalTo(6))
                .body("items[0].rules.find { it.code == 'SCHED.THU_TRUONG_CQHCNN' }.required", equalTo(1))
                .body("items[0].rules.find { it.code == 'SCHED.THU_TRUONG_CQHCNN' }.held", equalTo(3))
                .body("items[0].rules.find { it.code == 'SCHED.THU_TRUONG_CQHCNN' }.met", equalTo(true))
                // October 2026 has 22 working days; the overlay asks for one morning each.
                .body("items[0].rules.find { it.code == 'SCHED.BSVND' }.required", equalTo(22))
                .body("items[0].rules.find { it.code == 'SCHED.BSVND' }.held", equalTo(3))
                .body("items[0].rules.find { it.code == 'SCHED.BSVND' }.met", equalTo(false));
    }

    @Test
    void weeklyPeriodsAreCompleteMondayToSundayWeeks() {
        var weeks = ComplianceService.periods("WEEK", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        org.junit.jupiter.api.Assertions.assertEquals(4, weeks.size());
        org.junit.jupiter.api.Assertions.assertEquals(LocalDate.of(2026, 6, 28), weeks.get(3)[1]);
        org.junit.jupiter.api.Assertions.assertEquals("COMMUNE_CHAIRPERSON",
                ComplianceService.appliesTo("COMMUNE_PEOPLES_COMMITTEE"));
    }
}
