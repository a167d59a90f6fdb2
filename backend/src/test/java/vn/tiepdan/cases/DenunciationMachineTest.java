package vn.tiepdan.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiepdan.cases.CaseApi.act;
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

/** Every path of the denunciation machine (DOMAIN.md §6.4.3), through the API. */
@QuarkusTest
class DenunciationMachineTest {
    private static final String DAY = "2026-07-01";

    @Inject
    Fixtures fixtures;
    @Inject
    VerificationProbe probe;

    private UUID unit;

    @BeforeEach
    void leader() {
        Fixtures.Unit u = fixtures.tree().own();
        unit = u.id();
        Caller.as("chutich.tc", u.code(), "unit_leader");
    }

    private String intake() {
        String id = openCase(unit, "TO_CAO", DAY);
        step(id, "register", "INTAKE_CHECK");
        return id;
    }

    private String accepted(List<String> criteria) {
        String id = intake();
        step(id, "accept", "ACCEPTED", "docNo", "1/QĐ", "signedOn", "2026-07-03", "complexityCriteria", criteria);
        return id;
    }

    private String verifying(List<String> criteria) {
        String id = accepted(criteria);
        step(id, "assign-verification", "VERIFYING", "verifierUsername", "xuly.tc", "docNo", "2/QĐ", "signedOn",
                "2026-07-06");
        return id;
    }

    private void extend(String id, String to) {
        step(id, "extend", to, "days", 30, "docNo", "3/QĐ", "signedOn", "2026-08-01");
    }

    @Test
    @TestSecurity(user = "chutich.tc")
    void informationThatIsNotADenunciation() {
        String id = intake();
        CaseApi.get(id).then().body("confidential", equalTo(true)).body("partyMasked", equalTo(true))
                .body("caseNo", org.hamcrest.Matchers.endsWith("/2026/TC"));
        act(id, "mark-not-denunciation", "ground", "NONSENSE").then().statusCode(400)
                .body("errors[0].field", equalTo("ground"));
        step(id, "mark-not-denunciation", "INFO_NOT_DENUNCIATION", "ground", "ANONYMOUS", "signedOn", "2026-07-05");
        step(id, "refer-inspection", "INSPECTION_REFERRAL", "docNo", "4/CV");
        String other = intake();
        step(other, "mark-not-denunciation", "INFO_NOT_DENUNCIATION", "ground", "WRONG_FORM", "signedOn", "2026-07-05");
        step(other, "archive", "ARCHIVED");
        refused(other, "register");
    }

    @Test
    @TestSecurity(user = "chutich.tc")
    void notAccepted() {
        String id = intake();
        step(id, "reject", "NOT_ACCEPTED", "ground", "TC_ART29_1_BASIS", "docNo", "1/TB", "signedOn", "2026-07-05",
                "content", "Không có cơ sở xác định người vi phạm");
    }

    @Test
    @TestSecurity(user = "chutich.tc")
    void fullPathToClosedWithTwoExtensions() {
        String id = accepted(List.of("MULTI_LOCATION", "FOREIGN_ELEMENT"));
        CaseApi.get(id).then().body("veryComplex", equalTo(true))
                .body("allowedActions", hasItem("notify-acceptance"));
        step(id, "notify-acceptance", "ACCEPTED", "docNo", "1/TB", "signedOn", "2026-07-06");
        CaseApi.get(id).then().body("allowedActions", not(hasItem("notify-acceptance")))
                .body("deadlines.find { it.kind == 'NOTIFY_ACCEPT' }.onTime", equalTo(true));
        int before = probe.seen().size();
        step(id, "assign-verification", "VERIFYING", "verifierUsername", "xuly.tc", "docNo", "2/QĐ");
        assertTrue(probe.seen().subList(before, probe.seen().size()).contains(UUID.fromString(id)));
        extend(id, "EXTENDED_1");
        extend(id, "EXTENDED_2");
        step(id, "draft-conclusion", "DRAFT_CONCLUSION");
        act(id, "conclude", "result", "DUNG_TOAN_BO", "docNo", "5/KL", "signedOn", "2026-09-20", "signerName", "A")
                .then().statusCode(400).body("errors[0].field", equalTo("result"));
        step(id, "conclude", "CONCLUDED", "result", "CO_DUNG_CO_SAI", "docNo", "5/KL", "signedOn", "2026-09-20",
                "signerName", "Trần Văn Hùng", "personsSanctioned", 1);
        step(id, "handle", "HANDLED", "docNo", "6/QĐ");
        act(id, "publish", "method", "RADIO").then().statusCode(400).body("errors[0].field", equalTo("method"));
        step(id, "publish", "PUBLISHED", "method", "POSTING");
        step(id, "monitor", "MONITORING");
        step(id, "close", "CLOSED");
        refused(id, "monitor");
    }

    @Test
    @TestSecurity(user = "chutich.tc")
    void concludeFromVerifyingAndExtendedAndDraftFromExtended() {
        step(verifying(List.of()), "conclude", "CONCLUDED", "result", "DUNG", "docNo", "5/KL", "signedOn",
                "2026-07-30", "signerName", "A");
        String e1 = verifying(List.of("MULTI_CONTENT"));
        extend(e1, "EXTENDED_1");
        step(e1, "conclude", "CONCLUDED", "result", "SAI", "docNo", "5/KL", "signedOn", "2026-08-30", "signerName", "A");
        String e1d = verifying(List.of("MULTI_CONTENT"));
        extend(e1d, "EXTENDED_1");
        step(e1d, "draft-conclusion", "DRAFT_CONCLUSION");
        String e2 = verifying(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"));
        extend(e2, "EXTENDED_1");
        extend(e2, "EXTENDED_2");
        step(e2, "conclude", "CONCLUDED", "result", "DUNG", "docNo", "5/KL", "signedOn", "2026-09-30", "signerName", "A");
        String e2d = verifying(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"));
        extend(e2d, "EXTENDED_1");
        extend(e2d, "EXTENDED_2");
        step(e2d, "draft-conclusion", "DRAFT_CONCLUSION");
    }

    @Test
    @TestSecurity(user = "chutich.tc")
    void suspensionsResumeToTheStateBeforeAndTermination() {
        String v = verifying(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"));
        act(v, "suspend", "docNo", "7/QĐ", "signedOn", "2026-07-10").then().statusCode(400)
                .body("errors[0].field", equalTo("ground"));
        step(v, "suspend", "SUSPENDED", "ground", "TC_ART34_1_AWAIT_EXPERT", "docNo", "7/QĐ", "signedOn", "2026-07-10");
        step(v, "resume", "VERIFYING", "docNo", "8/QĐ", "signedOn", "2026-07-20");
        extend(v, "EXTENDED_1");
        step(v, "suspend", "SUSPENDED", "ground", "TC_ART34_1_AWAIT_RESULT", "docNo", "7/QĐ", "signedOn", "2026-08-02");
        step(v, "resume", "EXTENDED_1", "docNo", "8/QĐ", "signedOn", "2026-08-05");
        extend(v, "EXTENDED_2");
        step(v, "suspend", "SUSPENDED", "ground", "TC_ART34_1_AWAIT_RESULT", "docNo", "7/QĐ", "signedOn", "2026-08-06");
        step(v, "resume", "EXTENDED_2", "docNo", "8/QĐ", "signedOn", "2026-08-08");
        step(v, "suspend", "SUSPENDED", "ground", "TC_ART34_1_AWAIT_RESULT", "docNo", "7/QĐ", "signedOn", "2026-08-09");
        act(v, "terminate", "ground", "KN_ART11_1", "docNo", "9/QĐ").then().statusCode(400);
        step(v, "terminate", "TERMINATED", "ground", "TC_ART34_2_DECEASED", "docNo", "9/QĐ");
        CaseApi.get(v).then().body("deadlines.find { it.kind == 'RESOLVE' }.status", equalTo("CANCELLED"));
        for (String from : List.of("ACCEPTED", "VERIFYING", "EXTENDED_1", "EXTENDED_2")) {
            String id = from.equals("ACCEPTED") ? accepted(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"))
                    : verifying(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"));
            if (from.startsWith("EXTENDED")) {
                extend(id, "EXTENDED_1");
            }
            if (from.equals("EXTENDED_2")) {
                extend(id, "EXTENDED_2");
            }
            step(id, "terminate", "TERMINATED", "ground", "TC_ART34_2_SETTLED", "docNo", "9/QĐ");
        }
    }

    @Test
    @TestSecurity(user = "chutich.tc")
    void criminalReferralAndWithdrawals() {
        step(verifying(List.of()), "refer-criminal", "CRIMINAL_REFERRAL", "docNo", "10/CV");
        String e1 = verifying(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"));
        extend(e1, "EXTENDED_1");
        step(e1, "refer-criminal", "CRIMINAL_REFERRAL");
        String e2 = verifying(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"));
        extend(e2, "EXTENDED_1");
        extend(e2, "EXTENDED_2");
        step(e2, "refer-criminal", "CRIMINAL_REFERRAL");

        String a = accepted(List.of());
        step(a, "withdraw", "ACCEPTED", "scope", "PARTIAL", "signedOn", "2026-07-05", "items", List.of("Nội dung 1"));
        act(a, "withdraw", "scope", "FULL", "signedOn", "2026-07-05", "continueDespiteWithdrawal", true).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        step(a, "withdraw", "ACCEPTED", "scope", "FULL", "signedOn", "2026-07-05", "continueDespiteWithdrawal", true,
                "reason", "Có dấu hiệu vi phạm (Điều 33(3))");
        step(a, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-07-06", "docNo", "11/QĐ");
        for (String from : List.of("VERIFYING", "EXTENDED_1", "EXTENDED_2")) {
            String id = verifying(List.of("MULTI_CONTENT", "AGENCIES_DISAGREE"));
            if (from.startsWith("EXTENDED")) {
                extend(id, "EXTENDED_1");
            }
            if (from.equals("EXTENDED_2")) {
                extend(id, "EXTENDED_2");
            }
            step(id, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-08-06", "docNo", "11/QĐ");
        }
        assertEquals(20, DenunciationMachine.INSTANCE.actions().size());
    }
}
