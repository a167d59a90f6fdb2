package vn.tiepdan.schedule;

import vn.tiepdan.support.ClockAt;
import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
class ScheduleFlowTest {
    private static final String RRULE = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR";

    @Inject
    Fixtures fixtures;

    private Fixtures.Unit unit() {
        return fixtures.tree().own();
    }

    private String createSchedule(Fixtures.Unit unit, String validFrom, String validTo) {
        Caller.as("leader", unit.code(), "unit_leader");
        return given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","title":"Buổi sáng với Nhân dân","rrule":"%s",
                 "placeText":"Trụ sở","program":"BUOI_SANG_VOI_NHAN_DAN","holidayPolicy":"SKIP",
                 "validFrom":"%s","validTo":"%s"}""".formatted(unit.id(), unit.officialId(), RRULE, validFrom,
                validTo)).post("/api/v1/schedules").then().statusCode(201)
                .body("startTime", equalTo("07:00")).body("endTime", equalTo("08:00")).extract().path("id");
    }

    private List<String> sessionDates(Fixtures.Unit unit, String from, String to) {
        return given().queryParam("unit", unit.id()).queryParam("from", from).queryParam("to", to)
                .queryParam("size", 200).get("/api/v1/sessions").then().statusCode(200).extract().jsonPath()
                .getList("items.date");
    }

    @Test
    @TestSecurity(user = "leader")
    void aChairpersonsDailyScheduleHasNoSessionOnWeekendsOrHolidays() {
        Fixtures.Unit unit = unit();
        String id = createSchedule(unit, "2026-12-01", "2027-01-31");
        given().contentType(ContentType.JSON).body("{\"from\":\"2026-12-01\",\"to\":\"2026-12-31\"}")
                .post("/api/v1/schedules/" + id + "/generate").then().statusCode(200).body("occurrences", equalTo(23));
        List<String> december = sessionDates(unit, "2026-12-01", "2026-12-31");
        assertEquals(23, december.size());
        assertTrue(december.stream().map(LocalDate::parse).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY));
        // Generating again creates nothing new.
        given().contentType(ContentType.JSON).body("{\"from\":\"2026-12-01\",\"to\":\"2026-12-31\"}")
                .post("/api/v1/schedules/" + id + "/generate").then().statusCode(200).body("created", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"from\":\"2027-01-01\",\"to\":\"2027-01-31\"}")
                .post("/api/v1/schedules/" + id + "/generate").then().statusCode(200);
        List<String> january = sessionDates(unit, "2027-01-01", "2027-01-31");
        assertFalse(january.contains("2027-01-01"), "Tết Dương lịch is a holiday");
        assertEquals(20, january.size());
    }

    @Test
    @TestSecurity(user = "leader")
    @ClockAt(TestClock.WRITTEN_FOR)
    void badSchedulesAreProblemsNamingTheField() {
        Fixtures.Unit unit = unit();
        Caller.as("leader", unit.code(), "unit_leader");
        String base = """
                {"unitId":"%s","presidingOfficialId":"%s","placeText":"Trụ sở","validFrom":"2026-12-01",%s}""";
        given().contentType(ContentType.JSON).body(base.formatted(unit.id(), unit.officialId(),
                "\"rrule\":\"FREQ=SOMETIMES\"")).post("/api/v1/schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("rrule"));
        given().contentType(ContentType.JSON).body(base.formatted(unit.id(), unit.officialId(),
                "\"rrule\":\"" + RRULE + "\",\"startTime\":\"08:00\",\"endTime\":\"07:00\"")).post("/api/v1/schedules")
                .then().statusCode(400).body("errors[0].field", equalTo("endTime"));
        given().contentType(ContentType.JSON).body(base.formatted(unit.id(), unit.officialId(),
                "\"rrule\":\"" + RRULE + "\",\"validTo\":\"2026-11-01\"")).post("/api/v1/schedules")
                .then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","placeText":"Trụ sở","validFrom":"2026-06-01",
                 "rrule":"%s","channel":"ONLINE"}""".formatted(unit.id(), unit.officialId(), RRULE))
                .post("/api/v1/schedules").then().statusCode(400).body("errors[0].field", equalTo("channel"));
        String id = createSchedule(unit, "2026-12-01", "2026-12-31");
        given().contentType(ContentType.JSON).body("{\"from\":\"2027-01-01\",\"to\":\"2027-01-31\"}")
                .post("/api/v1/schedules/" + id + "/generate").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        // The same official in the same slot: overlap.
        given().contentType(ContentType.JSON).body(base.formatted(unit.id(), unit.officialId(),
                "\"rrule\":\"FREQ=WEEKLY;BYDAY=MO\",\"validTo\":\"2026-12-31\"")).post("/api/v1/schedules")
                .then().statusCode(409).body("errors[0].field", equalTo("startTime"));
    }

    @Test
    @TestSecurity(user = "leader")
    @ClockAt(TestClock.WRITTEN_FOR)
    void aCancelledDayShowsWithItsNoticeInThePublicJsonAndTheIcs() throws Exception {
        Fixtures.Unit unit = unit();
        String id = createSchedule(unit, "2026-12-01", "2027-01-31");
        given().contentType(ContentType.JSON).body("{\"from\":\"2026-12-01\",\"to\":\"2026-12-31\"}")
                .post("/api/v1/schedules/" + id + "/generate").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"version\":0}").post("/api/v1/schedules/" + id + "/publish")
                .then().statusCode(200).body("publishedAt", notNullValue());
        JsonPath session = given().queryParam("schedule", id).queryParam("from", "2026-12-15")
                .queryParam("to", "2026-12-15").get("/api/v1/sessions").then().statusCode(200).extract().jsonPath();
        String sessionId = session.getString("items[0].id");
        assertEquals("PUBLISHED", session.getString("items[0].status"));
        int version = session.getInt("items[0].version");
        // Not checked in yet: checking out is refused, and the problem lists what is allowed instead.
        given().contentType(ContentType.JSON).body("{\"version\":%d,\"noVisitors\":true}".formatted(version))
                .post("/api/v1/sessions/" + sessionId + "/check-out").then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowedActions", hasItems("CANCEL", "POSTPONE", "CHECK_IN", "DELEGATE"));
        String notice = "Chủ tịch đi công tác đột xuất, buổi tiếp ngày 15/12 hủy";
        given().contentType(ContentType.JSON).body("{\"version\":%d,\"notice\":\"%s\"}".formatted(version, notice))
                .post("/api/v1/sessions/" + sessionId + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("notice", equalTo(notice))
                .body("allowedActions.size()", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"version\":%d,\"notice\":\"x\"}".formatted(version + 1))
                .post("/api/v1/sessions/" + sessionId + "/cancel").then().statusCode(409)
                .body("errors[0].field", equalTo("status"))
                .body("allowedActions.size()", equalTo(0));

        given().queryParam("unit", unit.code()).queryParam("from", "2026-12-15").queryParam("to", "2026-12-15")
                .get("/public/v1/schedules").then().statusCode(200)
                .body("items[0].status", equalTo("CANCELLED")).body("items[0].notice", equalTo(notice))
                .body("items[0].unitCode", equalTo(unit.code()));
        given().queryParam("from", "2026-12-01").queryParam("to", "2027-03-15").get("/public/v1/schedules")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));

        String ics = given().queryParam("unit", unit.code()).queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-31").get("/public/v1/schedules.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        Optional<VEvent> cancelled = events.stream().filter(e -> e.getProperty(Property.UID)
                .map(p -> p.getValue().startsWith(sessionId)).orElse(false)).findFirst();
        assertTrue(cancelled.isPresent(), "the cancelled session is in the feed");
        assertEquals("CANCELLED", cancelled.get().getProperty(Property.STATUS).orElseThrow().getValue());
        String description = cancelled.get().getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        assertTrue(description.contains(notice));
        assertTrue(description.contains("trực tiếp"), "labels, not codes: " + description);
        assertTrue(cancelled.get().getProperty(Property.SUMMARY).orElseThrow().getValue()
                .startsWith("Tiếp công dân – "));
        assertEquals(23, events.size(), "the 23 working days of December 2026, the cancelled one included");
    }

    @Test
    @TestSecurity(user = "leader")
    void checkInAndCheckOutAreRecordedAndIllegalActionsListTheAllowedOnes() {
        Fixtures.Unit unit = unit();
        fixtures.official(unit.id(), "Chủ tịch", true, null);
        Caller.as("leader", unit.code(), "unit_leader");
        String today = TestClock.today().toString();
        JsonPath created = given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","date":"%s","start":"00:00","end":"23:59",
                 "kind":"URGENT","reason":"Vụ việc đông người","placeText":"Hội trường"}"""
                .formatted(unit.id(), unit.officialId(), today)).post("/api/v1/sessions").then().statusCode(201)
                .body("status", equalTo("PLANNED")).body("delegated", equalTo(true)).extract().jsonPath();
        String id = created.getString("id");
        given().contentType(ContentType.JSON).body("{\"version\":0}").post("/api/v1/sessions/" + id + "/check-in")
                .then().statusCode(409).body("detail", containsString("PUBLISH"));
        given().contentType(ContentType.JSON).body("{\"version\":0}").post("/api/v1/sessions/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        Caller.as("officer", unit.code(), "reception_officer");
        given().contentType(ContentType.JSON).body("{\"version\":1}").post("/api/v1/sessions/" + id + "/check-in")
                .then().statusCode(403);
        Caller.as("leader", unit.code(), "unit_leader");
        given().contentType(ContentType.JSON).body("{\"version\":1}").post("/api/v1/sessions/" + id + "/check-in")
                .then().statusCode(200).body("actualStart", notNullValue())
                .body("allowedActions", equalTo(List.of("CHECK_OUT", "DELEGATE")));
        given().contentType(ContentType.JSON).body("{\"version\":2}").post("/api/v1/sessions/" + id + "/check-out")
                .then().statusCode(400).body("errors[0].field", equalTo("visitorsCount"));
        given().contentType(ContentType.JSON).body("{\"version\":2,\"visitorsCount\":3}")
                .post("/api/v1/sessions/" + id + "/check-out").then().statusCode(200)
                .body("status", equalTo("HELD")).body("visitorsCount", equalTo(3)).body("actualEnd", notNullValue());
        // The same official in an overlapping slot the same day.
        given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","date":"%s","start":"10:00","end":"11:00",
                 "kind":"URGENT","reason":"Khác","placeText":"Hội trường"}"""
                .formatted(unit.id(), unit.officialId(), today)).post("/api/v1/sessions").then().statusCode(409)
                .body("errors[0].field", equalTo("start"));
    }

    @Test
    @TestSecurity(user = "leader")
    void postponingCreatesALinkedPublishedSessionAndDelegationNeedsAReason() {
        Fixtures.Unit unit = unit();
        java.util.UUID deputy = fixtures.official(unit.id(), "Phó Chủ tịch", false, null);
        Caller.as("leader", unit.code(), "unit_leader");
        LocalDate day = TestClock.today().plusDays(20);
        String id = given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","date":"%s","start":"14:00","end":"15:00",
                 "kind":"URGENT","reason":"Vụ việc phức tạp","placeText":"Hội trường"}"""
                .formatted(unit.id(), unit.officialId(), day)).post("/api/v1/sessions").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body("{\"version\":0,\"presidingOfficialId\":\"%s\"}".formatted(deputy))
                .post("/api/v1/sessions/" + id + "/delegate").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"presidingOfficialId\":\"%s\",\"reason\":\"Họp\"}"
                .formatted(deputy)).post("/api/v1/sessions/" + id + "/delegate").then().statusCode(200)
                .body("delegated", equalTo(true)).body("presidingOfficial.id", equalTo(deputy.toString()));
        JsonPath postponed = given().contentType(ContentType.JSON).body("""
                {"version":1,"notice":"Chuyển ngày","newDate":"%s","newStart":"14:00","newEnd":"15:00"}"""
                .formatted(day.plusDays(1))).post("/api/v1/sessions/" + id + "/postpone").then().statusCode(200)
                .body("status", equalTo("POSTPONED")).body("notice", equalTo("Chuyển ngày")).extract().jsonPath();
        given().get("/api/v1/sessions/" + postponed.getString("postponedToId")).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("postponedFromId", equalTo(id))
                .body("date", equalTo(day.plusDays(1).toString()));
    }

    @Test
    @TestSecurity(user = "leader")
    void editingAScheduleKeepsWhatAlreadyHappenedToItsSessions() {
        Fixtures.Unit unit = unit();
        LocalDate today = TestClock.today();
        String id = createSchedule(unit, today.toString(), today.plusDays(40).toString());
        JsonPath first = given().queryParam("schedule", id).queryParam("from", today.plusDays(7).toString())
                .get("/api/v1/sessions").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        String cancelledId = first.getString("items[0].id");
        given().contentType(ContentType.JSON).body("{\"version\":0,\"notice\":\"Nghỉ\"}")
                .post("/api/v1/sessions/" + cancelledId + "/cancel").then().statusCode(200);
        int version = given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"startTime\":\"07:30\",\"endTime\":\"08:30\"}")
                .patch("/api/v1/schedules/" + id).then().statusCode(200).body("startTime", equalTo("07:30"))
                .extract().path("version");
        given().get("/api/v1/sessions/" + cancelledId).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("start", equalTo("07:00"));
        List<String> starts = given().queryParam("schedule", id).queryParam("status", "PLANNED")
                .queryParam("from", today.plusDays(1).toString()).get("/api/v1/sessions").then().statusCode(200).extract()
                .jsonPath().getList("items.start");
        assertFalse(starts.isEmpty());
        assertTrue(starts.stream().allMatch("07:30"::equals));
        given().contentType(ContentType.JSON).body("{\"version\":%d,\"validTo\":\"%s\",\"reason\":\"Thay lịch\"}"
                .formatted(version, today.plusDays(10))).post("/api/v1/schedules/" + id + "/end").then().statusCode(200);
        assertEquals(0, given().queryParam("schedule", id).queryParam("from", today.plusDays(11).toString())
                .get("/api/v1/sessions").then().extract().jsonPath().getInt("totalItems"));
        given().get("/api/v1/sessions/" + cancelledId).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }
}
