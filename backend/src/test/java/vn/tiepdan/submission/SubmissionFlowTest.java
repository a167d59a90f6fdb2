package vn.tiepdan.submission;

import vn.tiepdan.support.TestClock;
import vn.tiepdan.support.ClockAt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * Report submission end to end on fresh units: create → edit → submit → return → resubmit → accept; a failing
 * cross-check is 422 naming the cells; the regeneration check; lateness; period kinds.
 */
@QuarkusTest
class SubmissionFlowTest {
    static final String BASE = "/api/v1/reports/submissions";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    @Inject
    Fixtures fixtures;

    @Inject
    jakarta.persistence.EntityManager em;

    static void leaderOf(Unit u) {
        Caller.as("lead-" + u.code().toLowerCase(), u.code(), "unit_leader");
    }

    static void inspector() {
        Caller.as("thanhtra", "DN-TTT", "inspector");
    }

    /** A processable petition of the unit decided outside competence with the given decision. */
    void petition(Unit u, String receivedOn, String decidedAt, String decision) {
        int seq = SEQ.incrementAndGet();
        fixtures.sql("insert into petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, "
                + "received_at, source, signer_class, content, classification, processable, competence, status, "
                + "decision, decided_at) values (?1, ?2, 2026, ?3, ?4, cast(?5 as date), cast(?5 as date), "
                + "'BUU_CHINH', 'MOT_NGUOI_DUNG_TEN', 'Kiến nghị về đường giao thông', 'KIEN_NGHI_PHAN_ANH', "
                + "'DU_DIEU_KIEN', 'KHONG_THUOC_THAM_QUYEN', 'DECIDED', ?6, cast(?7 as timestamptz))",
                UUID.randomUUID(), u.id(), seq, seq + "/2026/Đ", receivedOn, decision, decidedAt);
    }

    static Response create(Unit u, String period) {
        return given().contentType(ContentType.JSON).body(Map.of("unitId", u.id(), "period", period))
                .when().post(BASE);
    }

    static Response action(String id, String action, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(BASE + "/" + id + "/" + action);
    }

    static Response patch(String id, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().patch(BASE + "/" + id);
    }

    @Test
    @TestSecurity(user = "subflow")
    void createEditSubmitReturnResubmitAccept() {
        Tree t = fixtures.tree();
        Unit u = t.own();
        petition(u, "2026-04-01", "2026-04-10 09:00+07", "CHUYEN_DON");
        leaderOf(u);
        Response created = create(u, "2026-Q2");
        created.then().statusCode(201).header("Location", containsString(BASE + "/"))
                .body("summary.status", equalTo("DRAFT"))
                .body("summary.dueOn", equalTo("2026-06-18"))
                .body("summary.consolidated", equalTo(false))
                .body("live", equalTo(true))
                .body("formCodes", hasItems("01-TCD", "01-XLD"))
                .body("period.label", equalTo("Quý II năm 2026"))
                .body("events.action", equalTo(List.of("CREATED")))
                .body("allowedActions", equalTo(List.of("edit", "submit")));
        String id = created.path("summary.id");
        // the live 01/XLD counts the petition
        List<Map<String, Object>> forms = created.path("forms");
        Map<String, Object> xld = forms.stream().filter(f -> "01-XLD".equals(((Map<?, ?>) f.get("form")).get("code")))
                .findFirst().orElseThrow();
        assertEquals(1, ((Number) ((List<?>) ((Map<?, ?>) ((List<?>) xld.get("rows")).get(0)).get("values")).get(2))
                .intValue());

        create(u, "2026-Q2").then().statusCode(409).body("errors[0].field", equalTo("period"));
        create(u, "2026-01-01..2026-03-31").then().statusCode(400).body("errors[0].field", equalTo("period"));

        patch(id, Map.of("version", 0, "results", "Tiếp công dân đúng lịch", "docNo", "25/BC-UBND",
                "signerName", "Trần Văn Hùng", "signerTitle", "Chủ tịch")).then().statusCode(200)
                .body("results", equalTo("Tiếp công dân đúng lịch")).body("summary.version", equalTo(1));
        patch(id, Map.of("version", 0, "results", "x")).then().statusCode(409)
                .body("currentVersion", equalTo(1));

        Response submitted = action(id, "submit", Map.of("version", 1));
        submitted.then().statusCode(200)
                .body("summary.status", equalTo("SUBMITTED"))
                .body("summary.contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("summary.late", equalTo(true))
                .body("live", equalTo(false))
                .body("allowedActions", equalTo(List.of("accept", "return")));
        String hash1 = submitted.path("summary.contentHash");
        patch(id, Map.of("version", 2, "results", "y")).then().statusCode(409)
                .body("allowedActions", equalTo(List.of("accept", "return")));
        // only the inspectorate reviews
        action(id, "accept", Map.of("version", 2)).then().statusCode(403);

        inspector();
        action(id, "return", Map.of("version", 2)).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        action(id, "return", Map.of("version", 2, "comment", "Đề nghị bổ sung khó khăn")).then().statusCode(200)
                .body("summary.status", equalTo("RETURNED"))
                .body("reviewComment", equalTo("Đề nghị bổ sung khó khăn"))
                .body("live", equalTo(true));

        leaderOf(u);
        patch(id, Map.of("version", 3, "difficulties", "Nhân lực mỏng")).then().statusCode(200);
        Response resubmitted = action(id, "submit", Map.of("version", 4));
        resubmitted.then().statusCode(200).body("summary.status", equalTo("SUBMITTED"));
        String hash2 = resubmitted.path("summary.contentHash");
        assertNotEquals(hash1, hash2, "the narrative changed, so the content hash did");

        inspector();
        Response accepted = action(id, "accept", Map.of("version", 5, "comment", "Đạt"));
        accepted.then().statusCode(200).body("summary.status", equalTo("ACCEPTED"))
                .body("allowedActions", equalTo(List.of()))
                .body("events.action", equalTo(List.of("CREATED", "EDITED", "SUBMITTED", "RETURNED", "EDITED",
                        "SUBMITTED", "ACCEPTED")))
                .body("events[2].contentHash", equalTo(hash1))
                .body("events[5].contentHash", equalTo(hash2))
                .body("summary.contentHash", equalTo(hash2));
        action(id, "accept", Map.of("version", 6)).then().statusCode(409);
        @SuppressWarnings("unchecked")
        List<String> audited = em.createNativeQuery("select action from audit_event where entity_type = "
                + "'REPORT_SUBMISSION' and entity_id = ?1 order by seq").setParameter(1, id).getResultList();
        assertEquals(List.of("CREATE", "UPDATE", "STATE_CHANGE", "STATE_CHANGE", "UPDATE", "STATE_CHANGE",
                "STATE_CHANGE"), audited);

        // the frozen snapshot is what GET shows, and the inspector lists it
        given().when().get(BASE + "/" + id).then().statusCode(200).body("live", equalTo(false))
                .body("forms.form.code", hasItems("01-TCD", "01-XLD"))
                .body("difficulties", equalTo("Nhân lực mỏng"));
        given().queryParam("unit", u.id()).when().get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("ACCEPTED"));
        given().queryParam("period", "2026-Q2").queryParam("status", "ACCEPTED").queryParam("late", true)
                .when().get(BASE).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "subflow")
    void aFailingCrossCheckIs422NamingTheCells() {
        Unit u = fixtures.tree().own();
        // processable, outside competence, filed (LUU_DON): counted in 18 but in none of 19/20/21
        petition(u, "2026-04-02", "2026-04-12 10:00+07", "LUU_DON");
        leaderOf(u);
        String id = create(u, "2026-Q2").then().statusCode(201).extract().path("summary.id");
        given().when().get(BASE + "/" + id).then().statusCode(200).body("valid", equalTo(false));
        action(id, "submit", Map.of("version", 0)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/report-checks-failed"))
                .body("errors.field", hasItem("forms[01-XLD].checks"))
                .body("errors.message", hasItem(containsString("18=19+20+21")))
                .body("errors.message", hasItem(containsString(u.code())))
                .body("errors.message", hasItem(containsString("18=1")));
        given().when().get(BASE + "/" + id).then().body("summary.status", equalTo("DRAFT"))
                .body("summary.contentHash", equalTo(null));
    }

    @Test
    @TestSecurity(user = "subflow")
    void aSubmittedReportRegeneratesAfterLaterDataAndNotAfterBackdatedData() {
        Unit u = fixtures.tree().own();
        petition(u, "2026-04-03", "2026-04-13 10:00+07", "CHUYEN_DON");
        leaderOf(u);
        String id = create(u, "2026-Q2").then().statusCode(201).extract().path("summary.id");
        given().when().get(BASE + "/" + id + "/verify").then().statusCode(409);
        String hash = action(id, "submit", Map.of("version", 0)).then().statusCode(200).extract()
                .path("summary.contentHash");

        // later data: received and decided in the next period, and a Q2 petition decided only in Q3
        petition(u, "2026-07-01", "2026-07-05 10:00+07", "CHUYEN_DON");
        given().when().get(BASE + "/" + id + "/verify").then().statusCode(200)
                .body("storedHash", equalTo(hash)).body("regeneratedHash", equalTo(hash))
                .body("same", equalTo(true)).body("differences", equalTo(List.of()));

        // a backdated entry inside the period changes the figures: the check says so, naming cells
        petition(u, "2026-04-20", "2026-04-21 10:00+07", "CHUYEN_DON");
        Response v = given().when().get(BASE + "/" + id + "/verify");
        v.then().statusCode(200).body("same", equalTo(false))
                .body("differences", hasItem(containsString("01-XLD " + u.code())));
        assertNotEquals(hash, v.path("regeneratedHash"));
        given().when().get(BASE + "/" + id).then().body("events.action", hasItems("VERIFIED"));
    }

    @Test
    @TestSecurity(user = "subflow")
    @ClockAt(TestClock.WRITTEN_FOR)
    void lateFlagFollowsTheConfiguredDueDate() {
        Unit u = fixtures.tree().own();
        inspector();
        Map<String, Object> q3 = given().when().get("/api/v1/reports/period-kinds").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.code == 'Q3' }");
        int version = (Integer) q3.get("version");
        // invalid configuration is named
        given().contentType(ContentType.JSON).body(Map.of("version", version, "dueMonth", 4, "dueDay", 31))
                .when().put("/api/v1/reports/period-kinds/Q3").then().statusCode(400)
                .body("errors[0].field", equalTo("dueDay"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "startMonth", 2))
                .when().put("/api/v1/reports/period-kinds/MONTH").then().statusCode(400)
                .body("errors[0].field", equalTo("startMonth"));
        given().contentType(ContentType.JSON).body(Map.of("version", version + 7, "dueDay", 20))
                .when().put("/api/v1/reports/period-kinds/Q3").then().statusCode(409);
        leaderOf(u);
        given().contentType(ContentType.JSON).body(Map.of("version", version, "dueDay", 20))
                .when().put("/api/v1/reports/period-kinds/Q3").then().statusCode(403);
        String id = create(u, "2026-Q3").then().statusCode(201).body("summary.dueOn", equalTo("2026-09-18"))
                .extract().path("summary.id");
        try {
            inspector();
            given().contentType(ContentType.JSON).body(Map.of("version", version, "dueMonth", 1, "dueDay", 31,
                    "dueYearOffset", 1)).when().put("/api/v1/reports/period-kinds/Q3").then().statusCode(200)
                    .body("dueMonth", equalTo(1)).body("version", equalTo(version + 1));
            leaderOf(u);
            // the open draft took the new due date (a change of the row: its version moved)
            given().when().get(BASE + "/" + id).then().body("summary.dueOn", equalTo("2027-01-31"))
                    .body("summary.version", equalTo(1));
            action(id, "submit", Map.of("version", 1)).then().statusCode(200)
                    .body("summary.late", equalTo(false));
        } finally {
            inspector();
            given().contentType(ContentType.JSON).body(Map.of("version", version + 1, "dueMonth", 9, "dueDay", 18,
                    "dueYearOffset", 0)).when().put("/api/v1/reports/period-kinds/Q3").then().statusCode(200);
        }
        // submitted reports keep their due date
        given().when().get(BASE + "/" + id).then().body("summary.dueOn", equalTo("2027-01-31"));
    }

    @Test
    @TestSecurity(user = "subflow")
    void aPeriodNotEndedCannotBeSubmittedAndARequiredNarrativeIsNamed() {
        Unit u = fixtures.tree().own();
        leaderOf(u);
        String future = create(u, "2099-Q2").then().statusCode(201).extract().path("summary.id");
        action(future, "submit", Map.of("version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        // 6 months: narrative required (results, difficulties, proposals)
        String h1 = create(u, "2026-H1").then().statusCode(201).body("narrativeRequired", equalTo(true))
                .extract().path("summary.id");
        action(h1, "submit", Map.of("version", 0)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("results", "difficulties", "proposals")));
        action(h1, "submit", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    @TestSecurity(user = "subflow")
    void theInspectorateCreatesOnlyTheProvinceConsolidatedReport() {
        Unit u = fixtures.tree().own();
        inspector();
        create(u, "2025-Q3").then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        Response r = given().contentType(ContentType.JSON).body(Map.of("unitId", Fixtures.DN, "period", "2025-Q3"))
                .when().post(BASE);
        r.then().statusCode(201).body("summary.consolidated", equalTo(true));
        String id = r.path("summary.id");
        patch(id, Map.of("version", 0, "docNo", "01/BC-TTr")).then().statusCode(200);
        leaderOf(u);
        given().contentType(ContentType.JSON).body(Map.of("unitId", Fixtures.DN, "period", "2025-Q4"))
                .when().post(BASE).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "subflow")
    void consolidationSumsTheAcceptedReportsAndListsWhoReported() {
        Tree t = fixtures.tree();
        petition(t.own(), "2026-04-04", "2026-04-14 10:00+07", "CHUYEN_DON");
        petition(t.own(), "2026-04-05", "2026-04-15 10:00+07", "CHUYEN_DON");
        petition(t.sibling(), "2026-04-06", "2026-04-16 10:00+07", "CHUYEN_DON");
        String a = submitted(t.own(), "2026-Q2");
        String b = submitted(t.sibling(), "2026-Q2");
        String c = submitted(t.elsewhere(), "2026-Q2");
        inspector();
        action(a, "accept", Map.of("version", 1)).then().statusCode(200);
        action(b, "accept", Map.of("version", 1)).then().statusCode(200);
        Response r = given().queryParam("period", "2026-Q2").queryParam("form", "01-XLD")
                .when().get("/api/v1/reports/consolidation");
        r.then().statusCode(200).body("form.code", equalTo("01-XLD"))
                .body("rows.find { it.unitCode == '" + t.own().code() + "' }.values[0]", equalTo(2))
                .body("rows.find { it.unitCode == '" + t.sibling().code() + "' }.values[0]", equalTo(1))
                .body("rows.find { it.unitCode == '" + t.elsewhere().code() + "' }", equalTo(null))
                .body("rows[-1].label", equalTo("Toàn tỉnh"))
                .body("rows[-1].kind", equalTo("TOTAL"))
                .body("units.find { it.unitCode == '" + t.own().code() + "' }.status", equalTo("ACCEPTED"))
                .body("units.find { it.unitCode == '" + t.elsewhere().code() + "' }.status", equalTo("SUBMITTED"))
                .body("units.find { it.unitCode == '" + t.elsewhere().code() + "' }.late", equalTo(true))
                .body("units.find { it.unitCode == '" + t.parent().code() + "' }.status", equalTo("MISSING"))
                .body("units.unitCode", not(hasItem("DN-TTT")));
        assertNotNullTotal(r);
        given().queryParam("period", "2026-Q2").when().get("/api/v1/reports/consolidation").then().statusCode(400)
                .body("errors[0].field", equalTo("form"));
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        given().queryParam("period", "2026-Q2").queryParam("form", "01-XLD")
                .when().get("/api/v1/reports/consolidation").then().statusCode(200);
        leaderOf(t.own());
        given().queryParam("period", "2026-Q2").queryParam("form", "01-XLD")
                .when().get("/api/v1/reports/consolidation").then().statusCode(403);
        assertFalse(c.isEmpty());
    }

    private static void assertNotNullTotal(Response r) {
        List<Integer> total = r.path("rows[-1].values");
        assertTrue(total.get(0) >= 3, "the province total holds both accepted reports: " + total);
    }

    /** A submitted 2026-Q2 report of the unit (version 1). */
    static String submitted(Unit u, String period) {
        leaderOf(u);
        String id = create(u, period).then().statusCode(201).extract().path("summary.id");
        action(id, "submit", Map.of("version", 0)).then().statusCode(200).body("summary.status",
                equalTo("SUBMITTED")).body("summary.contentHash", notNullValue());
        return id;
    }
}
