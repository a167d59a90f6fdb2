package vn.tiepdan.petition;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** A petition handler proposes; filing and not accepting are the head's decisions (DOMAIN.md §6.2.3–6.2.4). */
@QuarkusTest
class HeadDecisionTest {
    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "xuly.head")
    void onlyTheHeadFilesOrRefusesToAccept() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("xuly.head", unit.code(), "petition_handler");
        String id = PetitionApi.createdId(PetitionApi.petition(unit.id(), null, "Lê Thị Đơn", "Khiếu nại về việc thu hồi đất"));
        PetitionApi.classify(id, "KHIEU_NAI", "KHONG_DU_DIEU_KIEN", "THUOC_THAM_QUYEN", "notProcessableReason",
                "Không ký tên").then().statusCode(200);
        PetitionApi.decide(id, "LUU_DON").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        PetitionApi.decide(id, "KHONG_THU_LY", "ground", "KN_ART11_5").then().statusCode(403);
        Caller.as("xuly.head", unit.code(), "unit_leader");
        PetitionApi.decide(id, "LUU_DON").then().statusCode(200).body("status", equalTo("FILED"));
    }
}
