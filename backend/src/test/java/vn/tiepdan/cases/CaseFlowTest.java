package vn.tiepdan.cases;

import vn.tiepdan.support.TestClock;
import vn.tiepdan.support.ClockAt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiepdan.cases.CaseApi.act;
import static vn.tiepdan.cases.CaseApi.openCase;
import static vn.tiepdan.cases.CaseApi.step;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.petition.PetitionAccepted;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** Opening, the inbox, the detail, corrections, stale versions and problem bodies. */
@QuarkusTest
class CaseFlowTest {
    @Inject
    Fixtures fixtures;
    @Inject
    Event<PetitionAccepted> accepted;
    @Inject
    EntityManager em;

    private Fixtures.Unit leader() {
        Fixtures.Unit u = fixtures.tree().own();
        Caller.as("chutich.flow", u.code(), "unit_leader");
        return u;
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void openingFromAVisitLinksItAndNumbersWithoutGaps() {
        Fixtures.Unit unit = leader();
        String visit = CaseApi.visit(unit.id(), "KHIEU_NAI", "2026-11-20");
        var created = CaseApi.open(visit);
        String id = created.then().statusCode(201).extract().path("id");
        assertEquals(true, created.header("Location").endsWith("/api/v1/cases/" + id));
        CaseApi.openCase(unit.id(), "KHIEU_NAI", "2026-11-20");
        given().get("/api/v1/cases/" + id).then().statusCode(200).body("visitId", equalTo(visit))
                .body("visitBookNo", notNullValue()).body("status", equalTo("RECEIVED"))
                .body("receivedOn", equalTo("2026-11-20"));
        given().get("/api/v1/visits/" + visit).then().body("caseId", equalTo(id));
        CaseApi.open(visit).then().statusCode(409).body("errors[0].field", equalTo("visitId"))
                .body("errors[0].code", equalTo("ALREADY_LINKED"));
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("select case_no from case_file where origin_unit_id = ?1 "
                + "order by case_seq").setParameter(1, unit.id()).getResultList();
        assertEquals(List.of("1/2026/KN", "2/2026/KN"), numbers);
        // Mixed content must be split first; a visit not handled THU_LY opens nothing.
        Map<String, Object> mixed = new HashMap<>();
        mixed.put("orgUnitId", unit.id().toString());
        mixed.put("receivedAt", "2026-11-20T08:00:00+07:00");
        mixed.put("partyKind", "PERSON");
        mixed.put("parties", new ArrayList<>(List.of(Map.of("role", "VISITOR", "fullName", "Lê Văn Cường"))));
        mixed.put("classification", "NHIEU_NOI_DUNG");
        mixed.put("mixedKinds", List.of("KHIEU_NAI", "KIEN_NGHI_PHAN_ANH"));
        mixed.put("contentSummary", "Khiếu nại và kiến nghị");
        mixed.put("withPetition", true);
        mixed.put("handlingDirection", "THU_LY");
        String mixedVisit = given().contentType(ContentType.JSON).body(mixed).post("/api/v1/visits").then()
                .statusCode(201).extract().path("id");
        CaseApi.open(mixedVisit).then().statusCode(400).body("errors[0].field", equalTo("classification"))
                .body("errors[0].code", equalTo("MIXED_NEEDS_SPLIT"));
        mixed.remove("handlingDirection");
        mixed.put("classification", "KHIEU_NAI");
        mixed.remove("mixedKinds");
        String open = given().contentType(ContentType.JSON).body(mixed).post("/api/v1/visits").then()
                .statusCode(201).extract().path("id");
        CaseApi.open(open).then().statusCode(409).body("errors[0].code", equalTo("NOT_THU_LY"));
        CaseApi.open(UUID.randomUUID().toString()).then().statusCode(400).body("errors[0].field", equalTo("visitId"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("visitId"));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void staleVersionsAndProblemBodiesNameTheField() {
        Fixtures.Unit unit = leader();
        String id = openCase(unit.id(), "KHIEU_NAI", "2026-07-01");
        act(id, "accept").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("docNo", "signedOn")));
        act(id, "accept", "docNo", "1/TB", "signedOn", "2026-06-30").then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn")).body("errors[0].code", equalTo("BEFORE_RECEIVED"));
        act(id, "accept", "docNo", "1/TB", "signedOn", "2030-01-01").then().statusCode(400)
                .body("errors[0].code", equalTo("FUTURE"));
        assertEquals(0, CaseApi.version(id));
        int answered = step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-07-02").path("version");
        assertEquals(CaseApi.version(id), answered);
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "verifierUsername", "x", "docNo", "2"))
                .post("/api/v1/cases/" + id + "/assign-verification").then().statusCode(409)
                .body("currentVersion", equalTo(answered)).body("errors[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).body(Map.of("verifierUsername", "x", "docNo", "2"))
                .post("/api/v1/cases/" + id + "/assign-verification").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "title", "Mới"))
                .patch("/api/v1/cases/" + id).then().statusCode(409).body("currentVersion", equalTo(answered));
        step(id, "assign-verification", "VERIFYING_L1", "verifierUsername", "x", "docNo", "2/QĐ");
        act(id, "decide", "result", "DUNG_TOAN_BO", "docNo", "3/QĐ", "signedOn", "2026-07-20", "signerName", "A",
                "moneyReturn", -1, "personsRestored", -2).then().statusCode(400)
                .body("errors.field", equalTo(List.of("moneyReturn", "personsRestored")))
                .body("errors[0].code", equalTo("NEGATIVE"));
        act(id, "accept", "docNo", "1/TB", "signedOn", "2026-07-02").then().statusCode(409)
                .body("errors[0].field", equalTo("status")).body("allowedActions", hasItem("hold-dialogue"));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void patchAndTimeline() {
        Fixtures.Unit unit = leader();
        String id = openCase(unit.id(), "KHIEU_NAI", "2026-11-20");
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "title", "Khiếu nại thu hồi đất",
                "complaintSubject", "QUYET_DINH_HANH_CHINH", "respondent", "UBND phường")).patch("/api/v1/cases/" + id)
                .then().statusCode(200).body("title", equalTo("Khiếu nại thu hồi đất")).body("version", equalTo(1))
                .body("complaintSubject", equalTo("QUYET_DINH_HANH_CHINH"));
        given().contentType(ContentType.JSON).body(Map.of("version", 1, "complaintSubject", "X", "fieldCode", "NOPE",
                "title", " ")).patch("/api/v1/cases/" + id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("title", "complaintSubject", "fieldCode")));
        given().get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("action", equalTo(List.of("OPEN", "UPDATE"))).body("[0].actorUsername", equalTo("chutich.flow"))
                .body("[0].to", equalTo("RECEIVED"));
        given().queryParam("q", "thu hoi dat").queryParam("unit", unit.id()).get("/api/v1/cases").then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    @ClockAt(TestClock.WRITTEN_FOR)
    void inboxFiltersAndBadges() {
        Fixtures.Unit unit = leader();
        String late = openCase(unit.id(), "KHIEU_NAI", "2026-07-01");
        step(late, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-07-02");
        String fresh = openCase(unit.id(), "TO_CAO", "2026-11-27");
        String feedback = openCase(unit.id(), "KIEN_NGHI_PHAN_ANH", "2026-11-27");
        given().queryParam("unit", unit.id()).get("/api/v1/cases").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items[0].id", equalTo(late))
                .body("items[0].deadline.badge", equalTo("RED")).body("items[0].deadline.overdue", equalTo(true))
                .body("items[0].deadline.rule", equalTo("KN.RESOLVE_L1")).body("items[0].writable", equalTo(true))
                .body("items[1].id", equalTo(fresh)).body("items[1].deadline.kind", equalTo("INTAKE"))
                .body("items[2].id", equalTo(feedback)).body("items[2].deadline", equalTo(null));
        given().queryParam("unit", unit.id()).queryParam("overdue", true).get("/api/v1/cases").then()
                .body("items.id", equalTo(List.of(late)));
        given().queryParam("unit", unit.id()).queryParam("type", "TO_CAO").get("/api/v1/cases").then()
                .body("items.id", equalTo(List.of(fresh))).body("items[0].confidential", equalTo(true));
        given().queryParam("unit", unit.id()).queryParam("status", "RECEIVED").queryParam("status", "ACCEPTED_L1")
                .queryParam("sort", "RECEIVED_ASC").get("/api/v1/cases").then().body("items[0].id", equalTo(late))
                .body("totalItems", equalTo(3));
        given().queryParam("unit", unit.id()).queryParam("dueBefore", "2026-08-31").get("/api/v1/cases").then()
                .body("items.id", equalTo(List.of(late)));
        given().queryParam("unit", unit.id()).queryParam("handler", "me").get("/api/v1/cases").then()
                .body("totalItems", equalTo(0));
        fixtures.sql("update case_file set handler_username = 'chutich.flow', handler_name = 'Trần Văn Hùng' "
                + "where id = ?1", UUID.fromString(fresh));
        given().queryParam("unit", unit.id()).queryParam("handler", "me").get("/api/v1/cases").then()
                .body("items.id", equalTo(List.of(fresh))).body("items[0].handler.name", equalTo("Trần Văn Hùng"));
        given().queryParam("unit", unit.id()).queryParam("transferredOut", true).get("/api/v1/cases").then()
                .body("totalItems", equalTo(0));
        given().queryParam("size", 500).get("/api/v1/cases").then().statusCode(400);
        CaseApi.get(fresh).then().body("allowedActions", hasItem("reveal-identity"));
        CaseApi.get(late).then().body("allowedActions", not(hasItem("reveal-identity")));
    }

    @Test
    @TestSecurity(user = "chutich.obs")
    void anAcceptedPetitionOpensItsCase() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("chutich.obs", unit.code(), "unit_leader");
        UUID petition = UUID.randomUUID();
        UUID ref = UUID.randomUUID();
        fixtures.sql("insert into petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, "
                + "received_at, source, signer_class, content, request, respondent, classification, processable, "
                + "competence, status, decision, confidential, denouncer_ref) values (?1, ?2, 2026, 1, '1/2026/Đ', "
                + "date '2026-11-02', timestamptz '2026-11-02 08:00+07', 'BUU_CHINH', 'MOT_NGUOI_DUNG_TEN', "
                + "'Tố cáo cán bộ [đã lược bỏ] nhận tiền', 'Đề nghị xử lý', 'Cán bộ địa chính', 'TO_CAO', "
                + "'DU_DIEU_KIEN', 'THUOC_THAM_QUYEN', 'DECIDED', 'DE_XUAT_THU_LY', true, ?3)", petition, unit.id(), ref);
        QuarkusTransaction.requiringNew().run(() -> accepted.fire(new PetitionAccepted(petition)));
        String caseId = String.valueOf(em.createNativeQuery("select case_id from petition where id = ?1")
                .setParameter(1, petition).getSingleResult());
        CaseApi.get(caseId).then().statusCode(200).body("type", equalTo("TO_CAO")).body("petitionNo",
                equalTo("1/2026/Đ")).body("receivedOn", equalTo("2026-11-02")).body("confidential", equalTo(true))
                .body("summary", equalTo("Tố cáo cán bộ [đã lược bỏ] nhận tiền\nĐề nghị xử lý"))
                .body("respondent", equalTo("Cán bộ địa chính"))
                .body("deadlines[0].rule", equalTo("TC.INTAKE"));
        assertEquals(ref, em.createNativeQuery("select denouncer_ref from case_file where id = ?1")
                .setParameter(1, UUID.fromString(caseId)).getSingleResult());
        given().contentType(ContentType.JSON).body(Map.of("petitionId", petition.toString())).post("/api/v1/cases")
                .then().statusCode(409).body("errors[0].code", equalTo("ALREADY_LINKED"));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void aDenouncerNeverAppearsInTheCase() {
        Fixtures.Unit unit = leader();
        String name = "Trịnh Bảo Mật";
        Map<String, Object> body = new HashMap<>();
        body.put("orgUnitId", unit.id().toString());
        body.put("receivedAt", "2026-11-20T08:00:00+07:00");
        body.put("partyKind", "PERSON");
        body.put("parties", new ArrayList<>(List.of(Map.of("role", "VISITOR", "fullName", name, "idDocType", "CCCD",
                "idNumber", "075090009876", "phone", "0909876543", "addressAsWritten", "Tổ 5, phường Trấn Biên"))));
        body.put("classification", "TO_CAO");
        body.put("fieldCode", "THAM_NHUNG");
        body.put("contentSummary", "Người tố cáo (điện thoại 0909 876 543) tố cáo cán bộ địa chính nhận tiền");
        body.put("withPetition", true);
        body.put("handlingDirection", "THU_LY");
        String visit = given().contentType(ContentType.JSON).body(body).post("/api/v1/visits").then().statusCode(201)
                .extract().path("id");
        String id = CaseApi.open(visit).then().statusCode(201).extract().path("id");
        String view = CaseApi.get(id).then().statusCode(200).body("confidential", equalTo(true))
                .body("partyMasked", equalTo(true)).extract().asString();
        assertEquals(false, view.contains("Bảo Mật") || view.contains("876 543") || view.contains("075090009876"), view);
        assertEquals(true, view.contains("[đã lược bỏ]"), view);
        String all = given().queryParam("unit", unit.id()).get("/api/v1/cases").asString()
                + given().get("/api/v1/cases/" + id + "/timeline").asString();
        assertEquals(false, all.contains("Bảo Mật") || all.contains("876 543"), all);
        given().queryParam("q", "876 543").queryParam("unit", unit.id()).get("/api/v1/cases").then()
                .body("totalItems", equalTo(0));
        Caller.as("baomat.flow", unit.code(), "confidential_custodian");
        CaseApi.get(id).then().body("allowedActions", equalTo(List.of("reveal-identity")));
    }
}
