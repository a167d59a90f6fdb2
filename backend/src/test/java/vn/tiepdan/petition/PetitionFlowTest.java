package vn.tiepdan.petition;

import vn.tiepdan.support.ClockAt;
import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
class PetitionFlowTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private Fixtures.Tree tree;

    /** A unit leader of a fresh unit: receives, classifies, decides and approves destruction. */
    private Fixtures.Unit leader() {
        tree = fixtures.tree();
        Caller.as("chutich.flow", tree.own().code(), "unit_leader");
        return tree.own();
    }

    private Object[] deadline(String petitionId) {
        return (Object[]) em.createNativeQuery("select status, cast(due_on as text), cast(met_on as text), on_time, "
                + "rule_code, kind from legal_deadline where petition_id = cast(?1 as uuid)").setParameter(1, petitionId)
                .getSingleResult();
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void aPetitionReceivedBeforeAnyProcessingRuleIsA400OnReceivedOn() {
        Fixtures.Unit unit = leader();
        PetitionApi.create(PetitionApi.with(PetitionApi.petition(unit.id(), "KHIEU_NAI", "Nguyễn Văn An", "Khiếu nại"),
                "receivedOn", "1950-01-01")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("receivedOn")).body("errors[0].code", equalTo("NO_RULE_IN_FORCE"));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void aPetitionIsNumberedGaplesslyAndItsProcessingPeriodRuns() {
        Fixtures.Unit unit = leader();
        String id = PetitionApi.create(PetitionApi.petition(unit.id(), "KHIEU_NAI", "Nguyễn Văn An",
                "Khiếu nại quyết định thu hồi đất")).then().statusCode(201)
                .header("Location", containsString("/api/v1/petitions/"))
                .body("petitionNo", equalTo("1/2026/Đ")).body("status", equalTo("RECEIVED"))
                .body("displayName", equalTo("Nguyễn Văn An")).body("petitioners[0].idNumber", equalTo("075090001234"))
                .body("partyMasked", equalTo(false)).body("petitionerCount", equalTo(1))
                .body("signerClass", equalTo("MOT_NGUOI_DUNG_TEN"))
                // 20/11/2026 (Friday) + 10 working days = 04/12/2026
                .body("processDueOn", equalTo("2026-12-04")).body("processDue.dueOn", equalTo("2026-12-04"))
                .body("processDue.rule", equalTo("XLD.PROCESS")).body("processDue.steps.size()", org.hamcrest.Matchers
                        .greaterThan(0))
                .body("allowedActions", equalTo(List.of("PATCH", "CLASSIFY")))
                .extract().path("id");
        assertEquals(List.of("ACTIVE", "2026-12-04", "XLD.PROCESS", "PROCESS"), List.of(deadline(id)[0],
                deadline(id)[1], deadline(id)[4], deadline(id)[5]));
        PetitionApi.create(PetitionApi.petition(unit.id(), null, "Trần Thị Bích", "Kiến nghị sửa đường"))
                .then().statusCode(201).body("petitionNo", equalTo("2/2026/Đ"));
        // A failed request consumes no number.
        PetitionApi.create(PetitionApi.with(PetitionApi.petition(unit.id(), null, "X", "Y"), "content", null))
                .then().statusCode(400);
        PetitionApi.create(PetitionApi.petition(unit.id(), null, "Lê Văn Cường", "Phản ánh"))
                .then().statusCode(201).body("petitionNo", equalTo("3/2026/Đ"));
        // Another unit has its own register.
        PetitionApi.create(PetitionApi.petition(tree.below().id(), null, "Lê Văn Cường", "Phản ánh"))
                .then().statusCode(201).body("petitionNo", equalTo("1/2026/Đ"));
        // PATCH of receivedOn restarts the period.
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "receivedOn", "2026-11-23"))
                .patch("/api/v1/petitions/" + id).then().statusCode(200).body("processDueOn", equalTo("2026-12-07"));
        assertEquals("2026-12-07", deadline(id)[1]);
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void problemsNameTheFieldsAndAStaleVersionIsAConflict() {
        Fixtures.Unit unit = leader();
        PetitionApi.create(PetitionApi.with(PetitionApi.petition(unit.id(), null, "A", null), "source",
                "CO_QUAN_KHAC_CHUYEN_DEN", "receivedOn", TestClock.today().plusDays(3).toString())).then()
                .statusCode(400).body("errors.field", hasItem("content")).body("errors.field", hasItem("senderBody"))
                .body("errors.field", hasItem("senderDocNo")).body("errors.field", hasItem("senderDocDate"))
                .body("errors.field", hasItem("receivedOn"));
        PetitionApi.create(PetitionApi.with(PetitionApi.petition(unit.id(), null, "A", "B"), "source",
                "CO_QUAN_KHAC_CHUYEN_DEN", "senderBody", "Thanh tra tỉnh", "senderDocNo", "120/PC-TTT",
                "senderDocDate", "2026-11-18")).then().statusCode(201).body("senderDocNo", equalTo("120/PC-TTT"));
        PetitionApi.create(PetitionApi.with(PetitionApi.petition(unit.id(), null, "A", "B"), "fieldCode", "NOPE",
                "petitioners", List.of(Map.of("idNumber", "1")))).then().statusCode(400)
                .body("errors.field", hasItem("fieldCode")).body("errors.field", hasItem("petitioners[0].fullName"));
        PetitionApi.create(PetitionApi.petition(tree.sibling().id(), null, "A", "B")).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        String id = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "A", "B"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "respondent", "UBND phường"))
                .patch("/api/v1/petitions/" + id).then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "respondent", "UBND xã"))
                .patch("/api/v1/petitions/" + id).then().statusCode(409).body("currentVersion", equalTo(1))
                .body("errors[0].field", equalTo("version"));
        PetitionApi.post(id, "classify", Map.of("version", 1, "classification", "KHIEU_NAI", "processable",
                "KHONG_DU_DIEU_KIEN", "competence", "THUOC_THAM_QUYEN")).then().statusCode(400)
                .body("errors[0].field", equalTo("notProcessableReason"));
        PetitionApi.post(id, "decide", Map.of("version", 1, "decision", "DON_DOC")).then().statusCode(409)
                .body("errors[0].code", equalTo("ACTION_NOT_ALLOWED"))
                .body("allowedActions", equalTo(List.of("PATCH", "CLASSIFY")));
        // Not processable as DU_DIEU_KIEN without a written date: Art. 6(2)(a)
        String undated = PetitionApi.createdId(PetitionApi.with(PetitionApi.petition(unit.id(), null, "A", "B"),
                "writtenDate", null));
        PetitionApi.classify(undated, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then().statusCode(400)
                .body("errors[0].field", equalTo("processable")).body("errors[0].code", equalTo("CONDITIONS_NOT_MET"));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    @ClockAt(TestClock.WRITTEN_FOR)
    void theListFiltersInSqlAndSearchIgnoresAccents() {
        Fixtures.Unit unit = leader();
        String an = PetitionApi.createdId(PetitionApi.petition(unit.id(), "KHIEU_NAI", "Nguyễn Văn An",
                "Khiếu nại thu hồi đất"));
        String old = PetitionApi.createdId(PetitionApi.with(PetitionApi.petition(unit.id(), "KIEN_NGHI_PHAN_ANH",
                "Trần Thị Bích", "Phản ánh tiếng ồn"), "receivedOn", "2026-10-01", "source", "TRUC_TUYEN"));
        for (String q : List.of("nguyen van an", "NGUYỄN VĂN AN", "Nguye\u0302\u0303n Va\u0306n An", "thu hoi dat")) {
            given().queryParam("unit", unit.id()).queryParam("q", q).get("/api/v1/petitions").then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].id", equalTo(an));
        }
        given().queryParam("unit", unit.id()).queryParam("q", "tieng on").get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1)).body("items[0].displayName", equalTo("Trần Thị Bích"));
        given().queryParam("unit", unit.id()).get("/api/v1/petitions").then().body("totalItems", equalTo(2))
                .body("items[0].id", equalTo(an));
        given().queryParam("unit", unit.id()).queryParam("source", "TRUC_TUYEN").get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(old));
        given().queryParam("unit", unit.id()).queryParam("classification", "KHIEU_NAI").get("/api/v1/petitions")
                .then().body("totalItems", equalTo(1)).body("items[0].id", equalTo(an));
        given().queryParam("unit", unit.id()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .get("/api/v1/petitions").then().body("totalItems", equalTo(1)).body("items[0].id", equalTo(an));
        // received 01/10: its 10 working days are long over.
        given().queryParam("unit", unit.id()).queryParam("overdue", true).get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(old)).body("items[0].overdue", equalTo(true));
        given().queryParam("unit", unit.id()).queryParam("sort", "processDue").queryParam("size", 1)
                .get("/api/v1/petitions").then().body("items[0].id", equalTo(old)).body("totalPages", equalTo(2));
        PetitionApi.classify(old, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then().statusCode(200);
        given().queryParam("unit", unit.id()).queryParam("status", "CLASSIFIED").get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(old));
        PetitionApi.decide(old, "DON_DOC").then().statusCode(200);
        given().queryParam("unit", unit.id()).queryParam("overdue", true).get("/api/v1/petitions").then()
                .body("totalItems", equalTo(0));
        given().queryParam("unit", unit.id()).queryParam("decision", "DON_DOC").get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1));
        // The late decision meets the period late.
        assertEquals(List.of("MET", false), List.of(deadline(old)[0], deadline(old)[3]));
        PetitionApi.classify(an, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then().statusCode(200);
        PetitionApi.decide(an, "DE_XUAT_THU_LY", "handlerUsername", "xuly.flow").then().statusCode(200);
        given().queryParam("unit", unit.id()).queryParam("handler", "xuly.flow").get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(an));
        // The cases feature observes PetitionAccepted: the accepted petition has its case.
        given().queryParam("unit", unit.id()).queryParam("caseLinked", true).get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(an));
        given().queryParam("unit", tree.sibling().id()).get("/api/v1/petitions").then().body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    @ClockAt(TestClock.WRITTEN_FOR)
    void everyDecisionIsCheckedAndMeetsTheProcessingPeriod() {
        Fixtures.Unit unit = leader();
        // DE_XUAT_THU_LY
        String accept = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "Nguyễn Văn An", "Khiếu nại"));
        PetitionApi.classify(accept, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then().statusCode(200)
                .body("status", equalTo("CLASSIFIED")).body("processableIssues", hasSize(0))
                .body("allowedActions", equalTo(List.of("PATCH", "CLASSIFY", "DECIDE")));
        PetitionApi.decide(accept, "DE_XUAT_THU_LY").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("decision", equalTo("DE_XUAT_THU_LY")).body("decidedBy", equalTo("chutich.flow"))
                .body("allowedActions", hasSize(0));
        Object[] met = deadline(accept);
        assertEquals(List.of("MET", TestClock.today().toString(), true), List.of(met[0], met[2], met[3]));
        PetitionApi.decide(accept, "DON_DOC").then().statusCode(409);

        // DE_XUAT_THU_LY refused when outside competence; KHONG_THU_LY needs an Art. 11 ground
        String refuse = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "A", "Khiếu nại"));
        PetitionApi.classify(refuse, "KHIEU_NAI", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN").then().statusCode(200);
        PetitionApi.decide(refuse, "DE_XUAT_THU_LY").then().statusCode(400)
                .body("errors[0].code", equalTo("NOT_COMPETENT"));
        PetitionApi.decide(refuse, "KHONG_THU_LY", "ground", "HET_THOI_HIEU").then().statusCode(400)
                .body("errors[0].field", equalTo("ground")).body("errors[0].code", equalTo("NOT_ART11_GROUND"));
        PetitionApi.decide(refuse, "KHONG_THU_LY", "ground", "KN_ART11_5", "note", "Hết thời hiệu").then()
                .statusCode(200).body("decisionGround", equalTo("KN_ART11_5"));

        // HUONG_DAN and TRA_LAI need the note
        for (String d : List.of("HUONG_DAN", "TRA_LAI")) {
            String id = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "A", "Khiếu nại"));
            PetitionApi.classify(id, "KHIEU_NAI", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN").then().statusCode(200);
            PetitionApi.decide(id, d).then().statusCode(400).body("errors[0].field", equalTo("note"));
            PetitionApi.decide(id, d, "note", "Gửi đơn đến Tòa án nhân dân khu vực").then().statusCode(200)
                    .body("status", equalTo("DECIDED")).body("decisionNote",
                            equalTo("Gửi đơn đến Tòa án nhân dân khu vực"));
        }

        // CHUYEN_DON to a unit of the tree: the receiving unit gets it in its own register
        String transfer = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "Phạm Văn Chuyển",
                "Kiến nghị về trật tự xây dựng"));
        PetitionApi.classify(transfer, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then()
                .statusCode(200);
        PetitionApi.decide(transfer, "CHUYEN_DON", "transferToUnitId", tree.sibling().id().toString(),
                "transferSlipNo", "15/PC-UBND").then().statusCode(400).body("errors[0].code", equalTo("COMPETENT"));
        PetitionApi.classify(transfer, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN").then()
                .statusCode(200);
        PetitionApi.decide(transfer, "CHUYEN_DON", "transferToUnitId", tree.sibling().id().toString()).then()
                .statusCode(400).body("errors[0].field", equalTo("transferSlipNo"));
        PetitionApi.decide(transfer, "CHUYEN_DON", "transferToUnitId", unit.id().toString(), "transferSlipNo",
                "15/PC-UBND").then().statusCode(400).body("errors[0].code", equalTo("SAME_UNIT"));
        PetitionApi.decide(transfer, "CHUYEN_DON", "transferToUnitId", tree.sibling().id().toString(),
                "transferSlipNo", "15/PC-UBND").then().statusCode(200).body("transferToUnit.code",
                        equalTo(tree.sibling().code())).body("transferRedacted", equalTo(false));
        Caller.as("chutich.sibling", tree.sibling().code(), "unit_leader");
        given().queryParam("unit", tree.sibling().id()).get("/api/v1/petitions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].source", equalTo("CO_QUAN_KHAC_CHUYEN_DEN"))
                .body("items[0].petitionNo", equalTo("1/" + TestClock.today().getYear() + "/Đ"))
                .body("items[0].displayName", equalTo("Phạm Văn Chuyển"));
        String received = given().queryParam("unit", tree.sibling().id()).get("/api/v1/petitions").path("items[0].id");
        given().get("/api/v1/petitions/" + received).then().body("senderDocNo", equalTo("15/PC-UBND"))
                .body("senderBody", equalTo("Đơn vị thử " + unit.code())).body("status", equalTo("RECEIVED"))
                .body("processDueOn", notNullValue());
        Caller.as("chutich.flow", unit.code(), "unit_leader");
        // CHUYEN_DON to an outside body
        String outside = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "A", "Tố giác tội phạm"));
        PetitionApi.classify(outside, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN");
        PetitionApi.decide(outside, "CHUYEN_DON", "transferToBody", "Công an tỉnh Đồng Nai", "transferSlipNo",
                "16/PC-UBND").then().statusCode(200).body("transferToBody", equalTo("Công an tỉnh Đồng Nai"));

        // DON_DOC
        String urge = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "A", "Đề nghị đôn đốc"));
        PetitionApi.classify(urge, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN");
        PetitionApi.decide(urge, "DON_DOC", "note", "Đôn đốc UBND xã giải quyết").then().statusCode(200);

        // XU_LY_THONG_TIN_TO_CAO: only anonymous denunciation information (Luật TC Art. 25)
        String info = PetitionApi.createdId(PetitionApi.with(PetitionApi.petition(unit.id(), "TO_CAO", null,
                "Ông Trần Văn Bị nhận tiền khi cấp giấy chứng nhận, có ảnh chụp kèm theo"), "petitioners", List.of(),
                "anonymous", true));
        PetitionApi.classify(info, "TO_CAO", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then().statusCode(200)
                .body("processableIssues", equalTo(List.of("SENDER")));
        PetitionApi.decide(info, "XU_LY_THONG_TIN_TO_CAO").then().statusCode(200).body("status", equalTo("DECIDED"));
        PetitionApi.decide(accept, "XU_LY_THONG_TIN_TO_CAO").then().statusCode(409);

        // TACH_NOI_DUNG: a mixed petition becomes one petition per part
        String mixed = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "Võ Thị Tách",
                "Khiếu nại thu hồi đất và kiến nghị làm đường"));
        PetitionApi.classify(mixed, "NHIEU_NOI_DUNG", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then().statusCode(200);
        PetitionApi.decide(mixed, "DE_XUAT_THU_LY").then().statusCode(400)
                .body("errors[0].code", equalTo("MIXED_NEEDS_SPLIT"));
        PetitionApi.decide(mixed, "TACH_NOI_DUNG", "parts", List.of(Map.of("classification", "KHIEU_NAI",
                "content", "Khiếu nại thu hồi đất"))).then().statusCode(400).body("errors[0].field", equalTo("parts"));
        List<String> parts = PetitionApi.decide(mixed, "TACH_NOI_DUNG", "parts", List.of(
                Map.of("classification", "KHIEU_NAI", "content", "Khiếu nại thu hồi đất"),
                Map.of("classification", "KIEN_NGHI_PHAN_ANH", "content", "Kiến nghị làm đường"))).then()
                .statusCode(200).body("parts", hasSize(2)).extract().path("parts.id");
        given().get("/api/v1/petitions/" + parts.get(0)).then().statusCode(200).body("parent.id", equalTo(mixed))
                .body("classification", equalTo("KHIEU_NAI")).body("content", equalTo("Khiếu nại thu hồi đất"))
                .body("petitioners[0].fullName", equalTo("Võ Thị Tách")).body("status", equalTo("RECEIVED"));
        PetitionApi.classify(parts.get(0), "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN").then().statusCode(200);
        PetitionApi.decide(parts.get(0), "DE_XUAT_THU_LY").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void aFiledPetitionIsKeptOneYearThenDestroyedWithTheHeadsApproval() {
        Fixtures.Unit unit = leader();
        String id = PetitionApi.createdId(PetitionApi.with(PetitionApi.petition(unit.id(), null, "A",
                "Đơn không ký"), "signed", false));
        PetitionApi.classify(id, "KHIEU_NAI", "KHONG_DU_DIEU_KIEN", "THUOC_THAM_QUYEN", "notProcessableReason",
                "Đơn không có chữ ký").then().statusCode(200).body("processableIssues", equalTo(List.of("SIGNATURE")));
        String destroyAfter = PetitionApi.decide(id, "LUU_DON").then().statusCode(200).body("status", equalTo("FILED"))
                .body("decisionGround", equalTo("TT05_ART28_1A")).body("filedAt", notNullValue())
                .extract().path("destroyAfter");
        assertFalse(LocalDate.parse(destroyAfter).isBefore(TestClock.today().plusYears(1)), destroyAfter);
        int version = PetitionApi.version(id);
        PetitionApi.post(id, "destroy", Map.of("version", version, "recordNo", "03/BB-TH")).then().statusCode(409)
                .body("errors[0].code", equalTo("ACTION_NOT_ALLOWED"));
        Caller.as("xuly.flow", unit.code(), "petition_handler");
        PetitionApi.post(id, "destroy", Map.of("version", version, "recordNo", "03/BB-TH")).then().statusCode(403);
        Caller.as("chutich.flow", unit.code(), "unit_leader");
        fixtures.sql("update petition set destroy_after = ?2 where id = ?1", UUID.fromString(id),
                    TestClock.today().minusDays(1));
        given().get("/api/v1/petitions/" + id).then().body("allowedActions", equalTo(List.of("DESTROY")));
        PetitionApi.post(id, "destroy", Map.of("version", version)).then().statusCode(400)
                .body("errors[0].field", equalTo("recordNo"));
        PetitionApi.post(id, "destroy", Map.of("version", version, "recordNo", "03/BB-TH")).then().statusCode(200)
                .body("status", equalTo("DESTROYED")).body("content", equalTo("[đã tiêu hủy]"))
                .body("destroyApprovedBy", equalTo("chutich.flow")).body("destructionRecordNo", equalTo("03/BB-TH"))
                .body("allowedActions", hasSize(0));
        // The row stays for the reports.
        given().queryParam("unit", unit.id()).queryParam("status", "DESTROYED").get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void aDuplicateIsLinkedToItsMasterOnly() {
        Fixtures.Unit unit = leader();
        String master = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "Nguyễn Văn Lặp", "Khiếu nại"));
        String dup = PetitionApi.createdId(PetitionApi.petition(tree.below().id(), null, "Nguyễn Văn Lặp",
                "Khiếu nại lần 2"));
        String third = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "Nguyễn Văn Lặp", "Lần 3"));
        String elsewhere = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "B", "B"));
        PetitionApi.classify(dup, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN", "duplicateOfId", dup).then()
                .statusCode(400).body("errors[0].code", equalTo("SELF"));
        PetitionApi.classify(dup, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN", "duplicateOfId",
                UUID.randomUUID().toString()).then().statusCode(400).body("errors[0].field", equalTo("duplicateOfId"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        PetitionApi.classify(dup, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN", "duplicateOfId", master).then()
                .statusCode(200).body("duplicateOf.id", equalTo(master)).body("duplicateOf.petitionNo",
                        equalTo("1/2026/Đ"));
        PetitionApi.classify(third, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN", "duplicateOfId", dup).then()
                .statusCode(400).body("errors[0].code", equalTo("MASTER_IS_DUPLICATE"));
        PetitionApi.classify(master, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN", "duplicateOfId", elsewhere)
                .then().statusCode(400).body("errors[0].code", equalTo("HAS_DUPLICATES"));
        given().get("/api/v1/petitions/" + master).then().body("duplicates.id", equalTo(List.of(dup)));
        given().queryParam("unit", unit.id()).queryParam("duplicates", true).get("/api/v1/petitions").then()
                .body("totalItems", equalTo(1)).body("items[0].duplicateOfId", equalTo(master));
        PetitionApi.decide(dup, "DE_XUAT_THU_LY").then().statusCode(400).body("errors[0].code", equalTo("DUPLICATE"));
        PetitionApi.decide(dup, "LUU_DON").then().statusCode(200).body("decisionGround", equalTo("TT05_ART28_1B"));
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void theSameIdempotencyKeyTwiceReceivesOnePetition() {
        Fixtures.Unit unit = leader();
        var body = PetitionApi.petition(unit.id(), null, "Đinh Văn Tâm", "Kiến nghị");
        String key = "petition-" + UUID.randomUUID();
        String id = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/petitions").then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/petitions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().queryParam("unit", unit.id()).get("/api/v1/petitions").then().body("totalItems", equalTo(1));
        PetitionApi.create(body).then().statusCode(201).body("petitionNo", equalTo("2/2026/Đ"));
    }

    private Map<String, Object> visit(UUID unit, String classification, String name, String content) {
        Map<String, Object> party = new HashMap<>(Map.of("role", "VISITOR", "fullName", name, "idDocType", "CCCD",
                "idNumber", "075090004321", "addressAsWritten", "Tổ 5, khu phố 2"));
        Map<String, Object> body = new HashMap<>();
        body.put("orgUnitId", unit.toString());
        body.put("receivedAt", "2026-11-20T08:15:00+07:00");
        body.put("partyKind", "PERSON");
        body.put("parties", new ArrayList<>(List.of(party)));
        body.put("classification", classification);
        body.put("contentSummary", content);
        body.put("visitorRequest", "Đề nghị giải quyết");
        body.put("withPetition", true);
        body.put("handlingDirection", "THU_LY");
        return body;
    }

    @Test
    @TestSecurity(user = "chutich.flow")
    void aPetitionTakesOverAVisit() {
        Fixtures.Unit unit = leader();
        String visitId = given().contentType(ContentType.JSON).body(visit(unit.id(), "KHIEU_NAI", "Hồ Văn Thăm",
                "Khiếu nại việc cấp giấy phép xây dựng")).post("/api/v1/visits").then().statusCode(201)
                .extract().path("id");
        String id = PetitionApi.create(Map.of("visitId", visitId)).then().statusCode(201)
                .body("visitId", equalTo(visitId)).body("unit.id", equalTo(unit.id().toString()))
                .body("receivedOn", equalTo("2026-11-20")).body("classification", equalTo("KHIEU_NAI"))
                .body("content", equalTo("Khiếu nại việc cấp giấy phép xây dựng"))
                .body("request", equalTo("Đề nghị giải quyết")).body("source", equalTo("TRUC_TIEP"))
                .body("petitioners[0].fullName", equalTo("Hồ Văn Thăm"))
                .body("petitioners[0].idNumber", equalTo("075090004321"))
                .body("petitioners[0].address", equalTo("Tổ 5, khu phố 2")).extract().path("id");
        assertTrue(id != null);
        PetitionApi.create(Map.of("visitId", visitId)).then().statusCode(409)
                .body("errors[0].code", equalTo("ALREADY_TAKEN"));
        PetitionApi.create(Map.of("visitId", UUID.randomUUID().toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("visitId"));

        // A denunciation visit: the same denouncer ref, no people copied.
        String denunciation = given().contentType(ContentType.JSON).body(visit(unit.id(), "TO_CAO", "Hồ Thị Kín",
                "Tố cáo cán bộ nhận tiền")).post("/api/v1/visits").then().statusCode(201).extract().path("id");
        String secret = PetitionApi.create(Map.of("visitId", denunciation)).then().statusCode(201)
                .body("confidential", equalTo(true)).body("partyMasked", equalTo(true))
                .body("petitioners", hasSize(0)).body("displayName", equalTo("Tố cáo – bảo mật"))
                .body("petitionerCount", equalTo(1)).body("classification", equalTo("TO_CAO"))
                .extract().path("id");
        Object[] refs = (Object[]) em.createNativeQuery("select cast(p.denouncer_ref as text), cast(v.denouncer_ref "
                + "as text), (select count(*) from petition_party x where x.petition_id = p.id) from petition p join "
                + "reception_visit v on v.id = p.visit_id where p.id = cast(?1 as uuid)").setParameter(1, secret)
                .getSingleResult();
        assertEquals(refs[1], refs[0]);
        assertTrue(refs[0] != null);
        assertEquals(0, ((Number) refs[2]).intValue());
        given().get("/api/v1/petitions/" + secret).then().body("request", equalTo("Đề nghị giải quyết"))
                .body("caseId", nullValue());
    }
}
