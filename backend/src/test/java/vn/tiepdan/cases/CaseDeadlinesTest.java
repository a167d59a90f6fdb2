package vn.tiepdan.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.tiepdan.cases.CaseApi.act;
import static vn.tiepdan.cases.CaseApi.decision;
import static vn.tiepdan.cases.CaseApi.openCase;
import static vn.tiepdan.cases.CaseApi.step;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/**
 * Appendix A rules used by cases, with fixed dates through the API (days off of 2026 from V4: 1–2/9 Quốc khánh).
 */
@QuarkusTest
class CaseDeadlinesTest {
    @Inject
    Fixtures fixtures;

    private UUID unit;

    @BeforeEach
    void leader() {
        Fixtures.Unit u = fixtures.tree().own();
        unit = u.id();
        Caller.as("chutich.dl", u.code(), "unit_leader");
    }

    private static ValidatableResponse deadline(String id, String rule) {
        return CaseApi.get(id).then().statusCode(200).rootPath("deadlines.find { it.rule == '" + rule + "' }");
    }

    @Test
    @TestSecurity(user = "chutich.dl")
    void complaintAcceptanceIsTenWorkingDaysSkippingTheNationalDay() {
        // Received Mon 24/8/2026: 10 working days without 1–2/9 → Wed 9/9/2026.
        String id = openCase(unit, "KHIEU_NAI", "2026-08-24");
        deadline(id, "KN.ACCEPT_L1").body("kind", equalTo("ACCEPT")).body("status", equalTo("ACTIVE"))
                .body("dueOn", equalTo("2026-09-09")).body("due.startedOn", equalTo("2026-08-24"));
        step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-09-10");
        deadline(id, "KN.ACCEPT_L1").body("status", equalTo("MET")).body("metOn", equalTo("2026-09-10"))
                .body("onTime", equalTo(false));
    }

    @Test
    @TestSecurity(user = "chutich.dl")
    void firstInstanceResolutionShiftsOffTheHolidayAndTakesTheVersionOfTheAcceptanceDay() {
        // (Visits of a unit are created in received order: the book is numbered that way.)
        // Accepted 5/6/2026 under the old version: day 30 is Sun 5/7 → Mon 6/7.
        String old = openCase(unit, "KHIEU_NAI", "2026-06-01");
        step(old, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-06-05");
        deadline(old, "KN.RESOLVE_L1").body("dueOn", equalTo("2026-07-06"))
                .body("due.ruleValidFrom", equalTo("2012-07-01"));
        // Accepted 3/8/2026: day 30 is Wed 2/9 (Quốc khánh), 1/9 is off too → Thu 3/9; version of 1/7/2026.
        String id = openCase(unit, "KHIEU_NAI", "2026-07-30");
        step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-08-03");
        deadline(id, "KN.RESOLVE_L1").body("dueOn", equalTo("2026-09-03")).body("due.shiftedFrom",
                equalTo("2026-09-02")).body("due.ruleValidFrom", equalTo("2026-07-01")).body("kind", equalTo("RESOLVE"));
        // Complex and remote: 60 days.
        String far = openCase(unit, "KHIEU_NAI", "2026-07-30");
        act(far, "accept", "docNo", "1/TB", "signedOn", "2026-08-03", "complex", true, "remoteArea", true).then()
                .statusCode(400).body("errors.field", equalTo(List.of("complexityReason", "remoteReason")));
        step(far, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-08-03", "complex", true,
                "complexityReason", "Nhiều nội dung", "remoteArea", true, "remoteReason", "Xã đảo");
        deadline(far, "KN.RESOLVE_L1").body("dueOn", equalTo("2026-10-02")).body("due.variantDays", equalTo(60));
    }

    @Test
    @TestSecurity(user = "chutich.dl")
    void complaintSuspensionOnlyFromFirstJuly2026AndPausedDaysAreAdded() {
        String old = openCase(unit, "KHIEU_NAI", "2026-06-01");
        step(old, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-06-05");
        act(old, "suspend", "docNo", "2/QĐ", "signedOn", "2026-06-20").then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn")).body("errors[0].code", equalTo("SUSPENSION_NOT_IN_FORCE"));
        step(old, "suspend", "SUSPENDED", "docNo", "2/QĐ", "signedOn", "2026-07-01");

        String id = openCase(unit, "KHIEU_NAI", "2026-07-30");
        step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-08-03");
        step(id, "suspend", "SUSPENDED", "docNo", "2/QĐ", "signedOn", "2026-08-10");
        deadline(id, "KN.RESOLVE_L1").body("status", equalTo("PAUSED")).body("dueOn", nullValue())
                .body("pausedSince", equalTo("2026-08-10"));
        act(id, "resume", "docNo", "3/QĐ", "signedOn", "2026-08-10").then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn"));
        // Paused 10/8–14/8 (5 days): 3/8 + 35 days = Mon 7/9/2026.
        step(id, "resume", "ACCEPTED_L1", "docNo", "3/QĐ", "signedOn", "2026-08-15");
        deadline(id, "KN.RESOLVE_L1").body("status", equalTo("ACTIVE")).body("dueOn", equalTo("2026-09-07"))
                .body("due.pausedDays", equalTo(5));
    }

    @Test
    @TestSecurity(user = "chutich.dl")
    void secondInstanceResolution() {
        String id = openCase(unit, "KHIEU_NAI", "2026-07-01");
        step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-07-02");
        step(id, "assign-verification", "VERIFYING_L1", "verifierUsername", "x", "docNo", "2/QĐ");
        step(id, "decide", "DECIDED_L1", decision("SAI_TOAN_BO", "2026-07-20"));
        // Accepted 10/8/2026: 45 days → Thu 24/9/2026.
        step(id, "accept-second", "ACCEPTED_L2", "receivedOn", "2026-08-05", "docNo", "3/TB", "signedOn", "2026-08-10");
        deadline(id, "KN.RESOLVE_L2").body("dueOn", equalTo("2026-09-24")).body("due.ruleValidFrom",
                equalTo("2026-07-01"));
    }

    @Test
    @TestSecurity(user = "chutich.dl")
    void denunciationIntakeAndAcceptanceNotice() {
        // Received Mon 24/8/2026: 7 working days without 1–2/9 → Fri 4/9/2026.
        String id = openCase(unit, "TO_CAO", "2026-08-24");
        deadline(id, "TC.INTAKE").body("kind", equalTo("INTAKE")).body("dueOn", equalTo("2026-09-04"));
        step(id, "register", "INTAKE_CHECK");
        // Accepted Fri 28/8: notice within 5 working days → Tue 8/9/2026.
        step(id, "accept", "ACCEPTED", "docNo", "1/QĐ", "signedOn", "2026-08-28");
        deadline(id, "TC.INTAKE").body("status", equalTo("MET")).body("onTime", equalTo(true));
        deadline(id, "TC.NOTIFY_ACCEPT").body("dueOn", equalTo("2026-09-08"));
    }

    @Test
    @TestSecurity(user = "chutich.dl")
    void denunciationResolutionWithAnExtensionAndASuspension() {
        String id = openCase(unit, "TO_CAO", "2026-07-01");
        step(id, "register", "INTAKE_CHECK");
        // Accepted Mon 6/7/2026, complex (one criterion): 30 days → Wed 5/8/2026.
        step(id, "accept", "ACCEPTED", "docNo", "1/QĐ", "signedOn", "2026-07-06", "complexityCriteria",
                List.of("MULTI_LOCATION"));
        deadline(id, "TC.RESOLVE").body("dueOn", equalTo("2026-08-05"));
        step(id, "assign-verification", "VERIFYING", "verifierUsername", "x", "docNo", "2/QĐ");
        act(id, "extend", "days", 31, "docNo", "3/QĐ", "signedOn", "2026-07-30").then().statusCode(400)
                .body("errors[0].field", equalTo("days"));
        // +30 days → Fri 4/9/2026.
        step(id, "extend", "EXTENDED_1", "days", 30, "docNo", "3/QĐ", "signedOn", "2026-07-30");
        deadline(id, "TC.RESOLVE").body("dueOn", equalTo("2026-09-04"));
        // A complex case has one extension only.
        CaseApi.refused(id, "extend", "days", 30, "docNo", "4/QĐ", "signedOn", "2026-08-01");
        // Suspended 10/8, resumed 20/8: 10 paused days → Mon 14/9/2026.
        step(id, "suspend", "SUSPENDED", "ground", "TC_ART34_1_AWAIT_EXPERT", "docNo", "5/QĐ", "signedOn",
                "2026-08-10");
        step(id, "resume", "EXTENDED_1", "docNo", "6/QĐ", "signedOn", "2026-08-20");
        deadline(id, "TC.RESOLVE").body("dueOn", equalTo("2026-09-14")).body("due.pausedDays", equalTo(10));
        // Not complex: no extension at all.
        String plain = openCase(unit, "TO_CAO", "2026-07-01");
        step(plain, "register", "INTAKE_CHECK");
        step(plain, "accept", "ACCEPTED", "docNo", "1/QĐ", "signedOn", "2026-07-06");
        step(plain, "assign-verification", "VERIFYING", "verifierUsername", "x", "docNo", "2/QĐ");
        CaseApi.refused(plain, "extend", "days", 30, "docNo", "3/QĐ", "signedOn", "2026-07-30");
    }
}
