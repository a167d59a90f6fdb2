package vn.tiepdan.petition;

import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;

/** The petition facts the reports need (issue 7): prior resolution at classification and the transfer reply. */
@QuarkusTest
class PetitionReportFactsTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "chutich.facts")
    void classifyTakesThePriorResolutionAndATransferTakesItsReply() {
        Tree tree = fixtures.tree();
        Caller.as("chutich.facts", tree.own().code(), "unit_leader");
        String id = PetitionApi.createdId(PetitionApi.petition(tree.own().id(), null, "Phạm Văn Chuyển",
                "Kiến nghị về trật tự xây dựng"));
        PetitionApi.classify(id, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN", "priorResolution",
                "BAD").then().statusCode(400);
        PetitionApi.classify(id, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN", "priorResolution",
                "DA_GIAI_QUYET_LAN_DAU").then().statusCode(200).body("priorResolution", equalTo("DA_GIAI_QUYET_LAN_DAU"))
                .body("transferReplyOn", nullValue()).body("allowedActions", not(hasItem("RECORD_TRANSFER_REPLY")));
        // Not transferred yet: 409 listing the allowed actions.
        PetitionApi.post(id, "transfer-reply", Map.of("version", PetitionApi.version(id), "replyDocNo", "45/UBND-TD",
                "replyOn", TestClock.today().toString())).then().statusCode(409)
                .body("errors[0].code", equalTo("ACTION_NOT_ALLOWED"));
        PetitionApi.decide(id, "CHUYEN_DON", "transferToBody", "Công an tỉnh Đồng Nai", "transferSlipNo",
                "16/PC-UBND").then().statusCode(200).body("allowedActions", hasItem("RECORD_TRANSFER_REPLY"))
                .body("priorResolution", equalTo("DA_GIAI_QUYET_LAN_DAU"));
        int version = PetitionApi.version(id);
        String today = TestClock.today().toString();
        PetitionApi.post(id, "transfer-reply", Map.of("version", version, "replyOn", today)).then().statusCode(400)
                .body("errors[0].field", equalTo("replyDocNo"));
        PetitionApi.post(id, "transfer-reply", Map.of("version", version, "replyDocNo", "45/UBND-TD", "replyOn",
                "2099-01-01")).then().statusCode(400).body("errors[0].field", equalTo("replyOn"));
        PetitionApi.post(id, "transfer-reply", Map.of("version", version + 5, "replyDocNo", "45/UBND-TD", "replyOn",
                today)).then().statusCode(409).body("errors[0].field", equalTo("version"));
        Caller.as("tiepdan.facts", tree.own().code(), "reception_officer");
        PetitionApi.post(id, "transfer-reply", Map.of("version", version, "replyDocNo", "45/UBND-TD", "replyOn",
                today)).then().statusCode(403);
        Caller.as("chutich.sibling", tree.sibling().code(), "unit_leader");
        PetitionApi.post(id, "transfer-reply", Map.of("version", version, "replyDocNo", "45/UBND-TD", "replyOn",
                today)).then().statusCode(404);
        Caller.as("xuly.facts", tree.own().code(), "petition_handler");
        PetitionApi.post(id, "transfer-reply", Map.of("version", version, "replyDocNo", "45/UBND-TD", "replyOn",
                today)).then().statusCode(200).body("transferReplyDocNo", equalTo("45/UBND-TD"))
                .body("transferReplyOn", equalTo(today)).body("version", equalTo(version + 1));
        given().get("/api/v1/petitions/" + id).then().body("transferReplyDocNo", equalTo("45/UBND-TD"));
        Object details = em.createNativeQuery("select cast(details as text) from audit_event where entity_id = ?1 "
                + "and action = 'UPDATE' order by seq desc limit 1").setParameter(1, id).getSingleResult();
        assertEquals(true, details.toString().contains("TRANSFER_REPLY"), details.toString());
    }
}
