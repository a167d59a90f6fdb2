package vn.tiepdan.dashboard;

import vn.tiepdan.support.TestClock;
import vn.tiepdan.support.ClockAt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.calendar.WorkingCalendar;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * March 2026 of a fresh tree (department P with communes A and B below it), every dashboard figure counted by hand.
 */
@QuarkusTest
class DashboardFiguresTest {
    private static final String BSVND = "BUOI_SANG_VOI_NHAN_DAN";

    @Inject
    Fixtures fixtures;
    @Inject
    DashboardData data;
    @Inject
    WorkingCalendar calendar;

    record Setup(Unit p, Unit a, Unit b) {
    }

    private Setup build() {
        String base = Fixtures.uniqueCode("DB");
        Unit p = fixtures.unitBelow(base + "-P", "/" + Fixtures.DN + "/");
        Unit a = fixtures.unitBelow(base + "-A", p.path());
        Unit b = fixtures.unitBelow(base + "-B", p.path());
        data.commune(a.id());
        data.commune(b.id());
        UUID ha = a.officialId();
        // Commune A's BSVND sessions.
        data.session(a.id(), ha, "2026-03-02", "07:00", BSVND, "HELD", false);
        data.session(a.id(), ha, "2026-03-03", "07:00", BSVND, "HELD", true);
        data.session(a.id(), ha, "2026-03-04", "07:00", BSVND, "HELD_NO_VISITORS", false);
        data.session(a.id(), ha, "2026-03-05", "07:00", BSVND, "CANCELLED", false);
        data.session(a.id(), ha, "2026-03-06", "07:00", BSVND, "PUBLISHED", false);
        data.session(a.id(), ha, "2026-03-07", "07:00", BSVND, "HELD", false); // a Saturday
        data.session(a.id(), ha, "2026-03-09", "14:00", BSVND, "HELD", false); // not the morning hour
        data.session(a.id(), ha, "2026-03-10", "07:00", "NONE", "HELD", false); // not the programme
        data.session(a.id(), ha, "2026-04-01", "07:00", BSVND, "HELD", false); // next month
        data.session(b.id(), b.officialId(), "2026-03-02", "07:00", BSVND, "HELD", false);
        data.session(p.id(), p.officialId(), "2026-03-10", "07:00", BSVND, "HELD", false); // P is not obliged

        UUID m1 = data.matter(a.id());
        UUID m2 = data.matter(a.id());
        UUID m3 = data.matter(a.id());
        UUID m5 = data.matter(a.id());
        data.visit(a.id(), m1, "2026-03-02 08:00+07", "RECORDED", null, true, 1, false, true, "2026-04-10", null);
        data.visit(a.id(), m1, "2026-03-10 08:00+07", "HANDLED", "THU_LY", false, 2, false, true, "2026-03-20",
                "2026-03-18 10:00+07");
        data.visit(a.id(), m2, "2026-03-11 07:30+07", "HANDLED", "CHUYEN_DON", false, 30, true, true, "2026-03-25",
                "2026-03-26 09:00+07");
        data.visit(a.id(), m3, "2026-03-12 07:30+07", "HANDLED", "TRA_LAI_VA_HUONG_DAN", null, 1, false, false, null,
                null);
        data.visit(a.id(), null, "2026-03-13 07:30+07", "REFUSED", null, true, 1, false, true, null, null);
        data.visit(a.id(), m5, "2026-03-16 07:30+07", "RESULT_NOTIFIED", "TRA_LAI_VA_HUONG_DAN", true, 1, false, true,
                "2026-03-31", null);
        data.visit(a.id(), m1, "2026-02-27 08:00+07", "HANDLED", "THU_LY", true, 1, false, true, "2026-03-13",
                "2026-03-13 23:30+07");
        UUID m6 = data.matter(b.id());
        data.visit(b.id(), m6, "2026-03-31 23:30+07", "RECORDED", null, true, 3, false, true, null, null);
        data.visit(b.id(), m6, "2026-04-01 00:10+07", "RECORDED", null, false, 1, false, true, null, null);

        UUID c1 = data.caseIn(a.id());
        data.deadline(c1, a.id(), "RESOLVE", "2026-03-31", "MET", "2026-03-10", true);
        UUID c2 = data.caseIn(a.id());
        data.deadline(c2, a.id(), "RESOLVE", "2026-02-20", "MET", "2026-03-15", false);
        UUID c3 = data.caseIn(a.id());
        data.deadline(c3, a.id(), "RESOLVE", "2026-04-30", "MET", "2026-04-02", true);
        data.deadline(c3, a.id(), "ACCEPT", "2026-03-31", "MET", "2026-03-05", true);
        UUID c5 = data.caseIn(a.id());
        data.deadline(c5, a.id(), "RESOLVE", "2026-01-10", "ACTIVE", null, null);
        data.deadline(c5, a.id(), "ACCEPT", "2026-02-01", "ACTIVE", null, null);
        UUID c7 = data.caseIn(a.id());
        data.deadline(c7, a.id(), "RESOLVE", "2027-01-01", "ACTIVE", null, null);
        UUID c8 = data.caseIn(b.id());
        data.deadline(c8, b.id(), "RESOLVE", "2026-04-15", "MET", "2026-03-20", true);
        data.caseEvent(c1, a.id(), "ACCEPT", "2026-03-03 09:00+07");
        data.caseEvent(c8, b.id(), "ACCEPT", "2026-02-03 09:00+07");
        data.petition(a.id(), "2026-03-05", null);
        data.petition(a.id(), "2026-03-06", "TACH_NOI_DUNG");

        data.inspection(a.id(), "2026-03-05");
        data.recognition(a.id(), a.officialId(), "COMMENDATION", "GIAY_KHEN", "2026-03-20");
        data.recognition(b.id(), null, "CORRECTION", "NHAC_NHO", "2026-03-21");
        data.recognition(p.id(), null, "COMMENDATION", "BANG_KHEN", "2026-05-01");
        return new Setup(p, a, b);
    }

    @Test
    @TestSecurity(user = "danvan")
    @ClockAt(TestClock.WRITTEN_FOR)
    void marchOfAFreshTreeEqualsAHandCount() {
        assertEquals(22, calendar.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .workingDaysCount(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        Setup s = build();
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        JsonPath json = given().queryParam("unit", s.p().id()).queryParam("period", "2026-03")
                .get("/api/v1/dashboard/overview").then().statusCode(200).extract().jsonPath();

        assertEquals(s.p().id().toString(), json.getString("unit.unitId"));
        assertEquals(true, json.getBoolean("unit.hasChildren"));
        assertEquals("2026-03-01", json.getString("period.from"));
        // Totals of P's subtree.
        String t = "totals.";
        assertEquals(44, json.getInt(t + "sessionsRequired"));
        assertEquals(9, json.getInt(t + "sessionsScheduled"));
        assertEquals(6, json.getInt(t + "heldInPerson"));
        assertEquals(1, json.getInt(t + "delegated"));
        assertEquals(2, json.getInt(t + "missed"));
        assertEquals(4, json.getInt(t + "heldDays"));
        assertEquals(0.0909, json.getDouble(t + "heldShare"), 1e-9);
        assertEquals(6, json.getInt(t + "visits"));
        assertEquals(38, json.getInt(t + "people"));
        assertEquals(5, json.getInt(t + "matters"));
        assertEquals(4, json.getInt(t + "mattersFirstTime"));
        assertEquals(1, json.getInt(t + "mattersRepeat"));
        assertEquals(1, json.getInt(t + "largeGroups"));
        assertEquals(30, json.getInt(t + "largeGroupPeople"));
        assertEquals(1, json.getInt(t + "handledOnSpot"));
        assertEquals(1, json.getInt(t + "accepted"));
        assertEquals(2, json.getInt(t + "guided"));
        assertEquals(1, json.getInt(t + "transferred"));
        assertEquals(4, json.getInt(t + "noticeDue"));
        assertEquals(2, json.getInt(t + "noticeOnTime"));
        assertEquals(0.5, json.getDouble(t + "noticeCompliance"), 1e-9);
        assertEquals(2, json.getInt(t + "resolvedOnTime"));
        assertEquals(1, json.getInt(t + "resolvedLate"));
        assertEquals(0.6667, json.getDouble(t + "onTimeRate"), 1e-9);
        assertEquals(1, json.getInt(t + "overdueCases"));
        assertEquals(1, json.getInt(t + "repeatVisitors"));
        assertEquals(1, json.getInt(t + "inspections"));
        assertEquals(1, json.getInt(t + "commendations"));
        assertEquals(1, json.getInt(t + "corrections"));
        // P's own records: one BSVND session, not obliged.
        assertEquals(0, json.getInt("own.sessionsRequired"));
        assertEquals(1, json.getInt("own.sessionsScheduled"));
        assertEquals(0, json.getInt("own.heldDays"));
        assertEquals(0, json.getInt("own.visits"));

        // Children by rank: B (40.3) before A (31.8).
        assertEquals(2, json.getList("children").size());
        String b = "children[0].";
        assertEquals(s.b().id().toString(), json.getString(b + "unit.unitId"));
        assertEquals(1, json.getInt(b + "rank"));
        assertEquals(40.3, json.getDouble(b + "figures.score"), 1e-9);
        assertEquals(22, json.getInt(b + "figures.sessionsRequired"));
        assertEquals(1, json.getInt(b + "figures.heldDays"));
        assertEquals(1, json.getInt(b + "figures.visits"));
        assertEquals(3, json.getInt(b + "figures.people"));
        assertEquals(1.0, json.getDouble(b + "figures.onTimeRate"), 1e-9);
        assertEquals((Object) null, json.get(b + "figures.noticeCompliance"));
        assertEquals(1, json.getInt(b + "figures.corrections"));
        assertEquals(false, json.getBoolean(b + "unit.hasChildren"));
        String a = "children[1].";
        assertEquals(s.a().id().toString(), json.getString(a + "unit.unitId"));
        assertEquals("COMMUNE", json.getString(a + "unit.level"));
        assertEquals(2, json.getInt(a + "rank"));
        assertEquals(31.8, json.getDouble(a + "figures.score"), 1e-9);
        assertEquals(22, json.getInt(a + "figures.sessionsRequired"));
        assertEquals(7, json.getInt(a + "figures.sessionsScheduled"));
        assertEquals(4, json.getInt(a + "figures.heldInPerson"));
        assertEquals(1, json.getInt(a + "figures.delegated"));
        assertEquals(2, json.getInt(a + "figures.missed"));
        assertEquals(3, json.getInt(a + "figures.heldDays"));
        assertEquals(0.1364, json.getDouble(a + "figures.heldShare"), 1e-9);
        assertEquals(5, json.getInt(a + "figures.visits"));
        assertEquals(35, json.getInt(a + "figures.people"));
        assertEquals(4, json.getInt(a + "figures.matters"));
        assertEquals(3, json.getInt(a + "figures.mattersFirstTime"));
        assertEquals(1, json.getInt(a + "figures.overdueCases"));
        assertEquals(1, json.getInt(a + "figures.inspections"));
        assertEquals(1, json.getInt(a + "figures.commendations"));

        // Drill into A: its own figures, no children.
        given().queryParam("unit", s.a().id()).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/dashboard/overview").then().statusCode(200)
                .body("totals.visits", equalTo(5)).body("own.visits", equalTo(5))
                .body("children.size()", equalTo(0)).body("unit.hasChildren", equalTo(false));
    }

    @Test
    @TestSecurity(user = "danvan")
    void trendsPerMonthEqualAHandCount() {
        Setup s = build();
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        JsonPath json = given().queryParam("unit", s.p().id()).queryParam("from", "2026-02-01")
                .queryParam("to", "2026-04-30").get("/api/v1/dashboard/trends").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, json.getList("months").size());
        // February: 15 working days (Tết 16–20/2) × 2 communes.
        assertEquals("2026-02", json.getString("months[0].month"));
        assertEquals(30, json.getInt("months[0].sessionsRequired"));
        assertEquals(0, json.getInt("months[0].sessionsHeld"));
        assertEquals(1, json.getInt("months[0].visits"));
        assertEquals(1, json.getInt("months[0].people"));
        assertEquals(1, json.getInt("months[0].matters"));
        assertEquals(1, json.getInt("months[0].casesAccepted"));
        assertEquals(3, json.getInt("months[0].overdueAtMonthEnd"));
        assertEquals(44, json.getInt("months[1].sessionsRequired"));
        assertEquals(4, json.getInt("months[1].sessionsHeld"));
        assertEquals(6, json.getInt("months[1].visits"));
        assertEquals(38, json.getInt("months[1].people"));
        assertEquals(5, json.getInt("months[1].matters"));
        assertEquals(1, json.getInt("months[1].petitionsReceived"));
        assertEquals(1, json.getInt("months[1].casesAccepted"));
        assertEquals(2, json.getInt("months[1].resolvedOnTime"));
        assertEquals(1, json.getInt("months[1].resolvedLate"));
        assertEquals(2, json.getInt("months[1].overdueAtMonthEnd"));
        // April: 20 working days (27/4 and 30/4 off) × 2.
        assertEquals(40, json.getInt("months[2].sessionsRequired"));
        assertEquals(1, json.getInt("months[2].sessionsHeld"));
        assertEquals(1, json.getInt("months[2].visits"));
        assertEquals(1, json.getInt("months[2].resolvedOnTime"));
        assertEquals(2, json.getInt("months[2].overdueAtMonthEnd"));
    }

    @Test
    @TestSecurity(user = "danvan")
    void recognitionFeedShowsPositionsNotNames() {
        Setup s = build();
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        given().queryParam("unit", s.p().id()).queryParam("period", "2026-03")
                .get("/api/v1/dashboard/recognition").then().statusCode(200)
                .body("inspectionsTotal", equalTo(1)).body("commendationsTotal", equalTo(1))
                .body("correctionsTotal", equalTo(1))
                .body("inspections[0].rating", equalTo("GOOD"))
                .body("recognitions.size()", equalTo(2))
                .body("recognitions[0].kind", equalTo("CORRECTION"))
                .body("recognitions[0].officialPosition", nullValue())
                .body("recognitions[1].officialPosition", equalTo("Chuyên viên"));
    }
}
