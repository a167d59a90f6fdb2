package vn.tiepdan.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** The legal rules of a visit as the API enforces them, the session link and repeat detection. */
@QuarkusTest
class VisitRulesFlowTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private Fixtures.Unit officer() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("canbo.rules", unit.code(), "reception_officer");
        return unit;
    }

    private UUID session(Fixtures.Unit unit, String day, String status) {
        UUID id = UUID.randomUUID();
        fixtures.sql("insert into reception_session (id, org_unit_id, session_date, planned_start, planned_end, "
                + "place_text, channel, kind, program, status, obligated_head_id, presiding_official_id, notice) values "
                + "(?1, ?2, cast(?3 as date), time '07:00', time '08:00', 'Trụ sở', 'IN_PERSON', 'PERIODIC', "
                + "'BUOI_SANG_VOI_NHAN_DAN', ?4, ?5, ?5, ?6)", id, unit.id(), day, status, unit.officialId(),
                status.equals("CANCELLED") ? "Hủy" : null);
        return id;
    }

    private static void fieldError(io.restassured.response.Response r, int status, String field, String code) {
        r.then().statusCode(status).contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
    }

    @Test
    @TestSecurity(user = "canbo.rules")
    void invalidInputNamesTheField() {
        Fixtures.Unit unit = officer();
        var base = VisitApi.person(unit.id(), "Lê Văn Cường", null, null, "KHIEU_NAI", "Khiếu nại");
        fieldError(VisitApi.create(VisitApi.with(base, "parties", List.of(VisitApi.party("VISITOR", "Lê Văn Cường",
                "003090001234", null)))), 400, "parties[0].idNumber", "CCCD_PROVINCE");
        fieldError(VisitApi.create(VisitApi.with(base, "parties", List.of(VisitApi.party("VISITOR", "Lê Văn Cường",
                "075590001234", null)))), 400, "parties[0].idNumber", "CCCD_CENTURY");
        Map<String, Object> cmnd = VisitApi.party("VISITOR", "Lê Văn Cường", "12345", null);
        cmnd.put("idDocType", "CMND");
        fieldError(VisitApi.create(VisitApi.with(base, "parties", List.of(cmnd))), 400, "parties[0].idNumber",
                "CMND_FORMAT");
        fieldError(VisitApi.create(VisitApi.with(base, "receivedAt", "2030-01-01T08:00:00+07:00")), 400,
                "receivedAt", "FUTURE");
        fieldError(VisitApi.create(VisitApi.with(base, "sessionId", UUID.randomUUID().toString())), 400,
                "sessionId", "UNKNOWN");
        fieldError(VisitApi.create(VisitApi.with(base, "withPetition", false)), 400, "statementConfirmation",
                "REQUIRED");
        VisitApi.create(VisitApi.with(base, "withPetition", false, "statementConfirmation", "FINGERPRINTED"))
                .then().statusCode(201);
        fieldError(VisitApi.create(VisitApi.with(base, "classification", "NHIEU_NOI_DUNG", "mixedKinds",
                List.of("KHIEU_NAI"))), 400, "mixedKinds", "MIXED_KINDS_REQUIRED");
        fieldError(VisitApi.create(VisitApi.with(base, "handlingDirection", "TRA_LAI_VA_HUONG_DAN")), 400,
                "guidance", "REQUIRED");
        // A group of 7 sends at most 2 representatives (NĐ 124/2020 Art. 6).
        List<Map<String, Object>> reps = new ArrayList<>();
        for (String name : List.of("Phạm Văn Dũng", "Võ Thị Hoa", "Đặng Văn Khoa")) {
            reps.add(VisitApi.party("REPRESENTATIVE", name, null, null));
        }
        var group = VisitApi.with(base, "partyKind", "GROUP", "headcount", 7, "parties", reps);
        fieldError(VisitApi.create(group), 400, "parties", "TOO_MANY_REPRESENTATIVES");
        VisitApi.create(VisitApi.with(group, "parties", reps.subList(0, 2))).then().statusCode(201)
                .body("largeGroup", equalTo(true)).body("displayName", equalTo("Đoàn 7 người – Phạm Văn Dũng"));
    }

    @Test
    @TestSecurity(user = "canbo.rules")
    void aVisitOfASessionTakesItsDefaultsAndMustFallOnItsDay() {
        Fixtures.Unit unit = officer();
        UUID held = session(unit, "2026-11-20", "HELD");
        var body = VisitApi.with(VisitApi.person(null, "Lê Văn Cường", null, null, "KHIEU_NAI", "Khiếu nại"),
                "orgUnitId", null, "sessionId", held.toString());
        VisitApi.create(body).then().statusCode(201).body("orgUnit.id", equalTo(unit.id().toString()))
                .body("receptionKind", equalTo("PERIODIC")).body("program", equalTo("BUOI_SANG_VOI_NHAN_DAN"))
                .body("presidingOfficial.id", equalTo(unit.officialId().toString()))
                .body("sessionId", equalTo(held.toString()));
        fieldError(VisitApi.create(VisitApi.with(body, "receivedAt", "2026-11-19T08:00:00+07:00")), 400,
                "sessionId", "DATE_MISMATCH");
        fieldError(VisitApi.create(VisitApi.with(body, "sessionId", session(unit, "2026-11-20", "CANCELLED")
                .toString())), 409, "sessionId", "SESSION_NOT_OPEN");
        fieldError(VisitApi.create(VisitApi.with(body, "sessionId", session(unit, "2026-11-20", "PLANNED")
                .toString())), 409, "sessionId", "SESSION_NOT_OPEN");
        // A session of a unit outside the caller's scope is unknown (400, not 404).
        Fixtures.Unit sibling = fixtures.tree().own();
        fieldError(VisitApi.create(VisitApi.with(body, "sessionId", session(sibling, "2026-11-20", "HELD")
                .toString())), 400, "sessionId", "UNKNOWN");
    }

    @Test
    @TestSecurity(user = "canbo.rules")
    void aRepeatVisitJoinsItsMatterAndTheLookupFindsItAndTheR3Notice() {
        Fixtures.Unit unit = officer();
        var first = VisitApi.person(unit.id(), "Hoàng Văn Minh", "075 090 005678", "Ấp 2, xã Phú Lý", "KHIEU_NAI",
                "Khiếu nại bồi thường đất");
        String matterId = VisitApi.create(first).then().statusCode(201).body("firstTime", equalTo(true))
                .body("idNumber", equalTo("075090005678")).extract().path("matterId");
        VisitApi.create(VisitApi.with(first, "matterId", matterId)).then().statusCode(201)
                .body("firstTime", equalTo(false)).body("matterId", equalTo(matterId));
        Object[] counts = (Object[]) em.createNativeQuery("select visits_count, first_visit_at < last_visit_at or "
                + "first_visit_at = last_visit_at from reception_matter where id = ?1")
                .setParameter(1, UUID.fromString(matterId)).getSingleResult();
        assertEquals(2, ((Number) counts[0]).intValue());

        given().queryParam("idNumber", "075090005678").get("/api/v1/visits/lookup").then().statusCode(200)
                .body("matches", hasSize(2)).body("matches[0].displayName", equalTo("Hoàng Văn Minh"))
                .body("matches[0].matterId", equalTo(matterId)).body("refusalNotices", hasSize(0));
        given().queryParam("fullName", "hoang van minh").get("/api/v1/visits/lookup").then().statusCode(200)
                .body("matches", hasSize(2));
        given().queryParam("fullName", "HOÀNG VĂN MINH").queryParam("address", "ap 2, xa phu ly")
                .get("/api/v1/visits/lookup").then().statusCode(200).body("matches", hasSize(2));
        given().get("/api/v1/visits/lookup").then().statusCode(400)
                .body("errors.field", hasItem("idNumber"));

        // The head's notice refusing further reception (R3): officers may not record it, a leader may.
        UUID head = fixtures.official(unit.id(), "Chủ tịch", true, null);
        Map<String, Object> refusal = new HashMap<>(Map.of("ground", "R3_VEXATIOUS_REPEAT", "explanation",
                "Vụ việc đã được giải quyết đúng chính sách, pháp luật", "noticeNo", "15/TB-UBND", "noticeDate",
                "2026-10-01", "issuedByOfficialId", head.toString()));
        var refused = VisitApi.with(first, "matterId", matterId, "refusal", refusal, "classification", null,
                "contentSummary", null);
        VisitApi.create(refused).then().statusCode(403);
        Caller.as("lanhdao.rules", unit.code(), "unit_leader");
        fieldError(VisitApi.create(VisitApi.with(refused, "refusal", new HashMap<>(Map.of("ground",
                "R3_VEXATIOUS_REPEAT", "explanation", "Đã giải quyết", "noticeNo", "15/TB-UBND", "noticeDate",
                "2026-10-01", "issuedByOfficialId", unit.officialId().toString())))), 400,
                "refusal.issuedByOfficialId", "NOT_HEAD_OF_UNIT");
        fieldError(VisitApi.create(VisitApi.with(refused, "matterId", null)), 400, "matterId", "REQUIRED");
        VisitApi.create(refused).then().statusCode(201).body("status", equalTo("REFUSED"))
                .body("refusal.noticeNo", equalTo("15/TB-UBND")).body("resultNoticeDue", nullValue())
                .body("allowedActions", hasSize(0));
        given().queryParam("idNumber", "075090005678").get("/api/v1/visits/lookup").then().statusCode(200)
                .body("matches", hasSize(3)).body("refusalNotices[0].noticeNo", equalTo("15/TB-UBND"))
                .body("refusalNotices[0].matterSummary", equalTo("Khiếu nại bồi thường đất"));
    }

    @Test
    @TestSecurity(user = "canbo.rules")
    void patchNoticeAndCaseLinkFollowTheStateAndAreAudited() {
        Fixtures.Unit unit = officer();
        String id = VisitApi.createdId(VisitApi.person(unit.id(), "Bùi Thị Lan", null, null, "KHIEU_NAI",
                "Khiếu nại"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "sentAt", "2026-11-21T03:00:00Z", "kind",
                "DA_THU_LY")).post("/api/v1/visits/" + id + "/result-notice").then().statusCode(409)
                .body("allowedActions", equalTo(List.of("PATCH")));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "caseId", UUID.randomUUID().toString()))
                .post("/api/v1/visits/" + id + "/case-link").then().statusCode(409);
        int version = given().contentType(ContentType.JSON).body(Map.of("version", 0, "handlingDirection", "THU_LY",
                "notes", "Đã nhận đơn")).patch("/api/v1/visits/" + id).then().statusCode(200)
                .body("status", equalTo("HANDLED")).body("notes", equalTo("Đã nhận đơn")).extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "notes", "x"))
                .patch("/api/v1/visits/" + id).then().statusCode(409).body("currentVersion", equalTo(version));
        String caseId = fixtures.caseIn(unit.id()).toString();
        given().contentType(ContentType.JSON).body(Map.of("version", version, "caseId", UUID.randomUUID().toString()))
                .post("/api/v1/visits/" + id + "/case-link").then().statusCode(400)
                .body("errors[0].field", equalTo("caseId")).body("errors[0].code", equalTo("UNKNOWN"));
        version = given().contentType(ContentType.JSON).body(Map.of("version", version, "caseId", caseId))
                .post("/api/v1/visits/" + id + "/case-link").then().statusCode(200).body("caseId", equalTo(caseId))
                .extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("version", version, "sentAt", "2026-11-21T03:00:00Z",
                "kind", "DA_THU_LY")).post("/api/v1/visits/" + id + "/result-notice").then().statusCode(200)
                .body("status", equalTo("RESULT_NOTIFIED")).body("noticeOverdue", equalTo(false));
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("select action, cast(details as text) from audit_event "
                + "where entity_id = ?1 order by seq").setParameter(1, id).getResultList();
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "STATE_CHANGE"), events.stream()
                .map(e -> (String) e[0]).filter(a -> !a.equals("VIEW")).toList());
        assertEquals(true, events.stream().anyMatch(e -> String.valueOf(e[1]).contains("[\"notes\",\"handlingDirection\"]")
                || String.valueOf(e[1]).contains("handlingDirection")));
        given().queryParam("unit", unit.id()).queryParam("caseLinked", true).get("/api/v1/visits").then()
                .body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "canbo.rules")
    void theSameIdempotencyKeyTwiceRecordsOneVisit() {
        Fixtures.Unit unit = officer();
        var body = VisitApi.person(unit.id(), "Đinh Văn Tâm", null, null, "KIEN_NGHI_PHAN_ANH", "Kiến nghị");
        String key = "visit-" + UUID.randomUUID();
        String id = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/visits").then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/visits")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().queryParam("unit", unit.id()).get("/api/v1/visits").then().body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "canbo.rules")
    void theFieldsAreListed() {
        officer();
        given().get("/api/v1/visits/field-categories").then().statusCode(200)
                .body("find { it.code == 'THAM_NHUNG' }.appliesTo", equalTo(List.of("TO_CAO")));
    }

    @Test
    @TestSecurity(user = "canbo.rules")
    void reclassifyingAsADenunciationMovesThePeopleToTheReservedTableAndOverdueNoticesAreFound() {
        Fixtures.Unit unit = officer();
        var body = VisitApi.person(unit.id(), "Quách Văn Ẩn", "075190007777", "Ấp Ẩn", "KHIEU_NAI", "Khiếu nại");
        String id = VisitApi.createdId(VisitApi.with(body, "receivedAt", "2026-11-02T08:00:00+07:00"));
        given().queryParam("unit", unit.id()).queryParam("noticeOverdue", true).get("/api/v1/visits").then()
                .body("totalItems", equalTo(1)).body("items[0].noticeOverdue", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "classification", "TO_CAO"))
                .patch("/api/v1/visits/" + id).then().statusCode(200).body("confidential", equalTo(true))
                .body("parties", hasSize(0)).body("displayName", equalTo(VisitDtos.MASKED_NAME));
        Number open = (Number) em.createNativeQuery("select count(*) from visit_party where visit_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertEquals(0, open.intValue());
        Number kept = (Number) em.createNativeQuery("select count(*) from identity_vault_entry c join "
                + "reception_visit v on v.denouncer_ref = c.denouncer_ref where v.id = ?1 and c.id_mac is not null")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertEquals(1, kept.intValue());
        given().queryParam("unit", unit.id()).queryParam("q", "quach van an").get("/api/v1/visits").then()
                .body("totalItems", equalTo(0));
        given().queryParam("idNumber", "075190007777").get("/api/v1/visits/lookup").then().statusCode(200)
                .body("matches[0].confidential", equalTo(true)).body("matches[0].visitId", nullValue());
    }
}
