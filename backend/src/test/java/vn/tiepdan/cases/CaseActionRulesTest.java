package vn.tiepdan.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.tiepdan.cases.CaseApi.act;
import static vn.tiepdan.cases.CaseApi.openCase;
import static vn.tiepdan.cases.CaseApi.refused;
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

/** Case actions and their timers agree (hardening issue, item 9), with fixed 2026 dates through the API. */
@QuarkusTest
class CaseActionRulesTest {
    @Inject
    Fixtures fixtures;
    @Inject
    vn.tiepdan.deadline.DeadlineRefresh refresh;

    private UUID unit;

    @BeforeEach
    void leader() {
        Fixtures.Unit u = fixtures.tree().own();
        unit = u.id();
        Caller.as("chutich.rules", u.code(), "unit_leader");
    }

    private static ValidatableResponse deadline(String id, String rule) {
        return CaseApi.get(id).then().statusCode(200).rootPath("deadlines.find { it.rule == '" + rule + "' }");
    }

    @Test
    @TestSecurity(user = "chutich.rules")
    void aSuspensionFromFirstJuly2026PausesAComplaintAcceptedBeforeUnderTheOldVersion() {
        // Accepted Tue 30/6/2026 (version of 2012, which knew no suspension): 30 days → Thu 30/7/2026.
        String id = openCase(unit, "KHIEU_NAI", "2026-06-25");
        step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-06-30");
        deadline(id, "KN.RESOLVE_L1").body("dueOn", equalTo("2026-07-30"))
                .body("due.ruleValidFrom", equalTo("2012-07-01"));
        // Suspended 10/7/2026 under Luật 136/2025 (in force 1/7/2026), resumed 20/7: 10/7–19/7 not counted →
        // 30/7 + 10 = Sun 9/8/2026 → Mon 10/8/2026.
        step(id, "suspend", "SUSPENDED", "docNo", "2/QĐ", "signedOn", "2026-07-10");
        step(id, "resume", "ACCEPTED_L1", "docNo", "3/QĐ", "signedOn", "2026-07-20");
        deadline(id, "KN.RESOLVE_L1").body("due.pausedDays", equalTo(10)).body("dueOn", equalTo("2026-08-10"))
                .body("due.ruleValidFrom", equalTo("2012-07-01"));
    }

    @Test
    @TestSecurity(user = "chutich.rules")
    void aSuspensionSignedOnTheAcceptanceDayIsAcceptedAndCountsFromTheNextDay() {
        // Accepted Wed 5/8/2026: 30 days → Fri 4/9/2026.
        String id = openCase(unit, "KHIEU_NAI", "2026-08-03");
        step(id, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-08-05");
        step(id, "suspend", "SUSPENDED", "docNo", "2/QĐ", "signedOn", "2026-08-05");
        deadline(id, "KN.RESOLVE_L1").body("status", equalTo("PAUSED"));
        // Resumed 10/8: 6/8–9/8 not counted (the acceptance day never is) → 4/9 + 4 = Tue 8/9/2026.
        step(id, "resume", "ACCEPTED_L1", "docNo", "3/QĐ", "signedOn", "2026-08-10");
        deadline(id, "KN.RESOLVE_L1").body("due.pausedDays", equalTo(4)).body("dueOn", equalTo("2026-09-08"));
        // The stored-date refresh counts the stored pause the same way (and keeps working).
        refresh.refresh();
        deadline(id, "KN.RESOLVE_L1").body("dueOn", equalTo("2026-09-08"));
    }

    @Test
    @TestSecurity(user = "chutich.rules")
    void anExtensionAfterThePeriodExpiredIsRefusedAndAnExhaustedOneIsNotOffered() {
        String id = openCase(unit, "TO_CAO", "2026-07-01");
        step(id, "register", "INTAKE_CHECK");
        // Accepted Mon 6/7/2026, complex: 30 days → Wed 5/8/2026.
        step(id, "accept", "ACCEPTED", "docNo", "1/QĐ", "signedOn", "2026-07-06", "complexityCriteria",
                List.of("MULTI_LOCATION"));
        step(id, "assign-verification", "VERIFYING", "verifierUsername", "x", "docNo", "2/QĐ");
        act(id, "extend", "days", 30, "docNo", "3/QĐ", "signedOn", "2026-08-06").then().statusCode(409)
                .body("errors[0].field", equalTo("signedOn")).body("errors[0].code", equalTo("PERIOD_EXPIRED"));
        deadline(id, "TC.RESOLVE").body("dueOn", equalTo("2026-08-05"));
        // On the last day it still can be extended, once (complex).
        step(id, "extend", "EXTENDED_1", "days", 30, "docNo", "3/QĐ", "signedOn", "2026-08-05");
        CaseApi.get(id).then().body("allowedActions", not(hasItem("extend")));
        refused(id, "extend", "days", 30, "docNo", "4/QĐ", "signedOn", "2026-08-06");
        // Not complex: never offered, and 409 (a state), not 400 on an engine field.
        String plain = openCase(unit, "TO_CAO", "2026-07-01");
        step(plain, "register", "INTAKE_CHECK");
        step(plain, "accept", "ACCEPTED", "docNo", "1/QĐ", "signedOn", "2026-07-06");
        step(plain, "assign-verification", "VERIFYING", "verifierUsername", "x", "docNo", "2/QĐ");
        CaseApi.get(plain).then().body("allowedActions", not(hasItem("extend")));
        refused(plain, "extend", "days", 30, "docNo", "3/QĐ", "signedOn", "2026-07-30");
        // Very complex: twice.
        String hard = openCase(unit, "TO_CAO", "2026-07-01");
        step(hard, "register", "INTAKE_CHECK");
        step(hard, "accept", "ACCEPTED", "docNo", "1/QĐ", "signedOn", "2026-07-06", "complexityCriteria",
                List.of("MULTI_LOCATION", "MULTI_CONTENT"));
        step(hard, "assign-verification", "VERIFYING", "verifierUsername", "x", "docNo", "2/QĐ");
        step(hard, "extend", "EXTENDED_1", "days", 30, "docNo", "3/QĐ", "signedOn", "2026-07-30");
        CaseApi.get(hard).then().body("allowedActions", hasItem("extend"));
        step(hard, "extend", "EXTENDED_2", "days", 30, "docNo", "4/QĐ", "signedOn", "2026-08-20");
    }
}
