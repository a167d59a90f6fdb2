package vn.tiepdan.cases;

import vn.tiepdan.support.TestClock;
import vn.tiepdan.support.ClockAt;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiepdan.cases.CaseApi.act;
import static vn.tiepdan.cases.CaseApi.decision;
import static vn.tiepdan.cases.CaseApi.openCase;
import static vn.tiepdan.cases.CaseApi.refused;
import static vn.tiepdan.cases.CaseApi.step;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** Every path of the complaint machine (DOMAIN.md §6.3.3), through the API. */
@QuarkusTest
class ComplaintMachineTest {
    private static final String DAY = "2026-07-01";

    @Inject
    Fixtures fixtures;

    private UUID unit;

    @BeforeEach
    void leader() {
        Fixtures.Unit u = fixtures.tree().own();
        unit = u.id();
        Caller.as("chutich.kn", u.code(), "unit_leader");
    }

    private String accepted() {
        String id = openCase(unit, "KHIEU_NAI", DAY);
        step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-07-02");
        return id;
    }

    private String verifying() {
        String id = accepted();
        step(id, "assign-verification", "VERIFYING_L1", "verifierUsername", "xuly.kn", "docNo", "2/QĐ");
        return id;
    }

    private String decidedL1() {
        String id = verifying();
        step(id, "decide", "DECIDED_L1", decision("DUNG_MOT_PHAN", "2026-07-20"));
        return id;
    }

    private String secondVerifying() {
        String id = decidedL1();
        step(id, "accept-second", "ACCEPTED_L2", "receivedOn", "2026-07-25", "docNo", "5/TB", "signedOn",
                "2026-07-27");
        step(id, "assign-verification", "VERIFYING_L2", "verifierUsername", "xuly.kn", "docNo", "6/QĐ");
        return id;
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    void rejectEndsTheCaseAndTerminalStatesAllowNothing() {
        String id = openCase(unit, "KHIEU_NAI", DAY);
        CaseApi.get(id).then().body("caseNo", org.hamcrest.Matchers.endsWith("/2026/KN"))
                .body("allowedActions", hasItems("accept", "reject", "assign", "transfer", "upload-document"));
        act(id, "reject", "ground", "KN_ART11_99", "docNo", "1/TB", "signedOn", "2026-07-02", "content", "x")
                .then().statusCode(400).body("errors[0].field", equalTo("ground"));
        step(id, "reject", "NOT_ACCEPTED", "ground", "KN_ART11_5", "docNo", "1/TB", "signedOn", "2026-07-02",
                "content", "Hết thời hiệu");
        CaseApi.get(id).then().body("allowedActions", hasSize(1)).body("allowedActions[0]", equalTo("upload-document"))
                .body("deadlines[0].status", equalTo("MET")).body("decisions[0].kind", equalTo("NOT_ACCEPTED"));
        refused(id, "accept", "docNo", "1/TB", "signedOn", "2026-07-02").then()
                .body("allowedActions", hasSize(0));
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    void firstInstanceWithDialogueToEnforcement() {
        String id = verifying();
        step(id, "hold-dialogue", "DIALOGUE_L1", "signedOn", "2026-07-10", "attendees", List.of("A", "B"),
                "content", "Đối thoại");
        step(id, "decide", "DECIDED_L1", decision("DUNG_TOAN_BO", "2026-07-20"));
        step(id, "mark-effective", "EFFECTIVE", "signedOn", "2026-08-25");
        step(id, "start-enforcement", "ENFORCING", "docNo", "9/KH");
        step(id, "complete-enforcement", "ENFORCED").then().body("allowedActions", hasSize(1));
        CaseApi.get(id).then().body("decisions.kind", equalTo(List.of("ACCEPTANCE", "VERIFICATION_ASSIGNMENT",
                "DIALOGUE_MINUTES", "RESOLUTION_L1", "EFFECTIVE", "ENFORCEMENT", "ENFORCEMENT_DONE")))
                .body("decisions[3].onTime", equalTo(true)).body("decisions[3].remedies.moneyReturn", equalTo(12.5f));
        io.restassured.RestAssured.given().get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("action", equalTo(List.of("OPEN", "ACCEPT", "ASSIGN_VERIFICATION", "HOLD_DIALOGUE", "DECIDE",
                        "MARK_EFFECTIVE", "START_ENFORCEMENT", "COMPLETE_ENFORCEMENT")));
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    void firstInstanceDecisionThenLawsuit() {
        String id = decidedL1();
        step(id, "file-lawsuit", "IN_COURT");
        refused(id, "mark-effective");
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    void secondInstanceNeedsTheDialogue() {
        String id = secondVerifying();
        refused(id, "decide", decision("CONG_NHAN_QD_LAN_DAU", "2026-08-20")).then()
                .body("allowedActions", hasItems("hold-dialogue", "suspend", "withdraw"));
        step(id, "hold-dialogue", "DIALOGUE_L2", "signedOn", "2026-08-10", "attendees", List.of("A"), "content",
                "Đối thoại lần hai");
        act(id, "decide", decision("DUNG_TOAN_BO", "2026-08-20")).then().statusCode(400)
                .body("errors[0].field", equalTo("result"));
        step(id, "decide", "DECIDED_L2", decision("CONG_NHAN_QD_LAN_DAU", "2026-08-20")).then()
                .body("instance", equalTo(2));
        step(id, "file-lawsuit", "IN_COURT");

        String other = secondVerifying();
        step(other, "hold-dialogue", "DIALOGUE_L2", "signedOn", "2026-08-10", "attendees", List.of("A"), "content",
                "Đối thoại");
        step(other, "decide", "DECIDED_L2", decision("HUY_SUA_QD_LAN_DAU", "2026-08-20"));
        step(other, "mark-effective", "EFFECTIVE");
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    @ClockAt(TestClock.WRITTEN_FOR)
    void secondComplaintWhenTheFirstInstanceDeadlinePassed() {
        // Accepted 2/7/2026: the L1 period (30 days) has long passed, so the second complaint may be accepted.
        for (String from : List.of("ACCEPTED_L1", "VERIFYING_L1", "DIALOGUE_L1")) {
            String id = accepted();
            if (!from.equals("ACCEPTED_L1")) {
                step(id, "assign-verification", "VERIFYING_L1", "verifierUsername", "xuly.kn", "docNo", "2/QĐ");
            }
            if (from.equals("DIALOGUE_L1")) {
                step(id, "hold-dialogue", "DIALOGUE_L1", "signedOn", "2026-07-10", "attendees", List.of("A"),
                        "content", "Đối thoại");
            }
            step(id, "accept-second", "ACCEPTED_L2", "receivedOn", "2026-08-20", "docNo", "5/TB");
            CaseApi.get(id).then().body("deadlines.find { it.rule == 'KN.RESOLVE_L1' }.status", equalTo("CANCELLED"))
                    .body("deadlines.find { it.rule == 'KN.RESOLVE_L2' }.status", equalTo("ACTIVE"));
        }
        // Accepted yesterday-ish: the L1 period still runs, so the second complaint is refused.
        String fresh = openCase(unit, "KHIEU_NAI", "2026-11-20");
        step(fresh, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-11-25");
        refused(fresh, "accept-second", "receivedOn", "2026-11-26", "docNo", "5/TB");
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    void suspendAndResumeReturnToTheStateBefore() {
        String a = accepted();
        step(a, "suspend", "SUSPENDED", "docNo", "7/QĐ", "signedOn", "2026-07-05").then()
                .body("statusBeforeSuspension", equalTo("ACCEPTED_L1")).body("allowedActions", hasItems("resume"));
        step(a, "resume", "ACCEPTED_L1", "docNo", "8/QĐ", "signedOn", "2026-07-15");
        String v = verifying();
        step(v, "suspend", "SUSPENDED", "docNo", "7/QĐ", "signedOn", "2026-07-05");
        step(v, "resume", "VERIFYING_L1", "docNo", "8/QĐ", "signedOn", "2026-07-15");
        String s = secondVerifying();
        step(s, "suspend", "SUSPENDED", "docNo", "7/QĐ", "signedOn", "2026-08-05");
        step(s, "resume", "VERIFYING_L2", "docNo", "8/QĐ", "signedOn", "2026-08-15");
        String d = decidedL1();
        refused(d, "suspend", "docNo", "7/QĐ", "signedOn", "2026-08-05");
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    void withdrawalFullEndsPartialKeepsTheState() {
        String a = accepted();
        step(a, "withdraw", "ACCEPTED_L1", "scope", "PARTIAL", "signedOn", "2026-07-04", "items", List.of("Nội dung 2"));
        act(a, "withdraw", "scope", "FULL", "signedOn", "2026-07-04").then().statusCode(400)
                .body("errors[0].field", equalTo("docNo"));
        step(a, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-07-05", "docNo", "9/QĐ");
        CaseApi.get(a).then().body("deadlines.find { it.kind == 'RESOLVE' }.status", equalTo("CANCELLED"))
                .body("closedOn", equalTo("2026-07-05"));
        String v = verifying();
        step(v, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-07-05", "docNo", "9/QĐ");
        String d = verifying();
        step(d, "hold-dialogue", "DIALOGUE_L1", "signedOn", "2026-07-10", "attendees", List.of("A"), "content", "x");
        step(d, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-07-11", "docNo", "9/QĐ");
        String two = secondVerifying();
        step(two, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-08-11", "docNo", "9/QĐ");
        String acc2 = decidedL1();
        step(acc2, "accept-second", "ACCEPTED_L2", "receivedOn", "2026-07-25", "docNo", "5/TB");
        step(acc2, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-08-11", "docNo", "9/QĐ");
        String dl2 = secondVerifying();
        step(dl2, "hold-dialogue", "DIALOGUE_L2", "signedOn", "2026-08-10", "attendees", List.of("A"), "content", "x");
        step(dl2, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-08-11", "docNo", "9/QĐ");
        refused(openCase(unit, "KHIEU_NAI", DAY), "withdraw", "scope", "FULL", "signedOn", "2026-07-05", "docNo", "9");
    }

    @Test
    @TestSecurity(user = "chutich.kn")
    void everyTransitionOfTheTableIsWalked() {
        // The table itself: every (action, from) pair of the machine appears in one of the walks above.
        assertEquals(List.of("accept", "reject"), ComplaintMachine.INSTANCE.allowed(CaseStatus.RECEIVED));
        assertEquals(List.of(), ComplaintMachine.INSTANCE.allowed(CaseStatus.ENFORCED));
        assertEquals(13, ComplaintMachine.INSTANCE.actions().size());
    }
}
