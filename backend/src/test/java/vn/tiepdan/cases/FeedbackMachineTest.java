package vn.tiepdan.cases;

import static org.hamcrest.Matchers.equalTo;
import static vn.tiepdan.cases.CaseApi.act;
import static vn.tiepdan.cases.CaseApi.openCase;
import static vn.tiepdan.cases.CaseApi.refused;
import static vn.tiepdan.cases.CaseApi.step;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** Every path of the petition/feedback machine (DOMAIN.md §6.5), through the API. */
@QuarkusTest
class FeedbackMachineTest {
    @Inject
    Fixtures fixtures;

    private UUID unit;

    @BeforeEach
    void handler() {
        Fixtures.Unit u = fixtures.tree().own();
        unit = u.id();
        Caller.as("chutich.pa", u.code(), "unit_leader");
    }

    /** A case transferred to an external body (the handling feature's transfer, written here directly). */
    private String transferred() {
        String id = openCase(unit, "KIEN_NGHI_PHAN_ANH", "2026-07-01");
        fixtures.sql("update case_file set status = 'TRANSFERRED', version = version + 1 where id = ?1",
                UUID.fromString(id));
        fixtures.sql("insert into case_transfer (id, case_id, from_unit_id, external_body, slip_no, transferred_at, "
                + "transferred_by, reason) values (gen_random_uuid(), ?1, ?2, 'Sở Xây dựng', '1/PC', now(), 'x', "
                + "'Không thuộc thẩm quyền')", UUID.fromString(id), unit);
        return id;
    }

    @Test
    @TestSecurity(user = "chutich.pa")
    void resolvedHere() {
        String id = openCase(unit, "KIEN_NGHI_PHAN_ANH", "2026-07-01");
        CaseApi.get(id).then().body("caseNo", org.hamcrest.Matchers.endsWith("/2026/PA"))
                .body("deadlines.size()", equalTo(0));
        refused(id, "reply", "docNo", "1/CV", "content", "x");
        step(id, "start-resolving", "RESOLVING");
        act(id, "reply", "docNo", "1/CV").then().statusCode(400).body("errors[0].field", equalTo("content"));
        step(id, "reply", "RESPONDED", "docNo", "1/CV", "content", "Trả lời", "result", "DUNG");
        step(id, "close", "CLOSED");
        refused(id, "close");
    }

    @Test
    @TestSecurity(user = "chutich.pa")
    void transferredWithFollowUpAndReply() {
        String id = transferred();
        step(id, "follow-up", "FOLLOW_UP", "docNo", "2/CV");
        step(id, "record-reply", "REPLY_RECEIVED", "replyDocNo", "15/SXD", "replyOn", "2026-08-01");
        CaseApi.get(id).then().body("transfers[0].replyDocNo", equalTo("15/SXD"))
                .body("transfers[0].replyOn", equalTo("2026-08-01"));
        step(id, "close", "CLOSED");
        String direct = transferred();
        step(direct, "record-reply", "REPLY_RECEIVED", "replyDocNo", "16/SXD", "replyOn", "2026-08-02");
    }
}
