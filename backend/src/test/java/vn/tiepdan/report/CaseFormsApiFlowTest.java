package vn.tiepdan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiepdan.report.FormsMoreData.Q2;
import static vn.tiepdan.report.FormsMoreData.assertChecks;
import static vn.tiepdan.report.FormsMoreData.assertRow;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/**
 * 01/KQGQ and 03/KQGQ over cases driven through the real API (visit → case → accept → verify → decide / conclude /
 * withdraw): the calculators read exactly what CaseService writes (ACCEPTANCE, RESOLUTION_L1, CONCLUSION,
 * WITHDRAWAL decisions and the events recording them), and a decision after the window leaves it unchanged.
 */
@QuarkusTest
class CaseFormsApiFlowTest {
    @Inject
    Fixtures fixtures;
    @Inject
    Kqgq01Calculator kqgq01;
    @Inject
    Kqgq03Calculator kqgq03;

    private static String openCase(UUID unit, String classification, String day) {
        Map<String, Object> party = new HashMap<>();
        party.put("role", "VISITOR");
        party.put("fullName", "Nguyễn Văn An");
        party.put("addressAsWritten", "Khu phố 3, phường Trấn Biên");
        Map<String, Object> body = new HashMap<>();
        body.put("orgUnitId", unit.toString());
        body.put("receivedAt", day + "T08:00:00+07:00");
        body.put("partyKind", "PERSON");
        body.put("parties", new ArrayList<>(List.of(party)));
        body.put("classification", classification);
        body.put("contentSummary", "Nội dung về quyết định thu hồi đất");
        body.put("withPetition", true);
        body.put("handlingDirection", "THU_LY");
        body.put("fieldCode", "TO_CAO".equals(classification) ? "THAM_NHUNG" : "HANH_CHINH.DAT_DAI_NHA_CUA");
        String visit = given().contentType(ContentType.JSON).body(body).post("/api/v1/visits").then().statusCode(201)
                .extract().path("id");
        return given().contentType(ContentType.JSON).body(Map.of("visitId", visit)).post("/api/v1/cases").then()
                .statusCode(201).extract().path("id");
    }

    private static void step(String id, String action, String expected, Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", given().get("/api/v1/cases/" + id).then().statusCode(200).extract().path("version"));
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        Response r = given().contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + id + "/" + action);
        assertEquals(200, r.statusCode(), () -> action + ": " + r.asString());
        assertEquals(expected, r.path("status"), () -> action + ": " + r.asString());
    }

    @Test
    @TestSecurity(user = "chutich.baocao")
    void complaintAndDenunciationCasesThroughTheApi() {
        Fixtures.Unit u = fixtures.tree().own();
        UUID own = u.id();
        Caller.as("chutich.baocao", u.code(), "unit_leader");

        // A complaint accepted before the window (carried over), decided in it on time.
        String a = openCase(own, "KHIEU_NAI", "2026-03-02");
        step(a, "accept", "ACCEPTED_L1", "docNo", "1/TB", "signedOn", "2026-03-10");
        step(a, "assign-verification", "VERIFYING_L1", "verifierUsername", "xuly.baocao", "docNo", "2/QĐ",
                "signedOn", "2026-03-11");
        step(a, "decide", "DECIDED_L1", "result", "DUNG_MOT_PHAN", "docNo", "3/QĐ", "signedOn", "2026-03-30",
                "signerName", "Trần Văn Hùng", "moneyReturn", 12.5, "personsRestored", 2);
        // A complaint accepted in the window and withdrawn in full.
        String b = openCase(own, "KHIEU_NAI", "2026-04-01");
        step(b, "accept", "ACCEPTED_L1", "docNo", "4/TB", "signedOn", "2026-04-03");
        step(b, "withdraw", "TERMINATED", "scope", "FULL", "signedOn", "2026-04-10", "docNo", "5/QĐ");
        // A denunciation accepted and concluded in the window.
        String d = openCase(own, "TO_CAO", "2026-04-01");
        step(d, "register", "INTAKE_CHECK", "signedOn", "2026-04-02");
        step(d, "accept", "ACCEPTED", "docNo", "6/QĐ", "signedOn", "2026-04-03", "complexityCriteria", List.of());
        step(d, "assign-verification", "VERIFYING", "verifierUsername", "xuly.baocao", "docNo", "7/QĐ", "signedOn",
                "2026-04-04");
        step(d, "conclude", "CONCLUDED", "result", "DUNG", "docNo", "8/KL", "signedOn", "2026-04-25", "signerName",
                "Trần Văn Hùng", "moneyRecoverState", 5);

        BigDecimal[] kn = kqgq01.compute(Q2, List.of(own)).get(own);
        assertRow("01/KQGQ", kn, "2", "1", "1", "2", "1", "1", "0", "0", "0", "0", "12.5", "0", "0", "2", "0", "0",
                "0", "0", "0", "0", "0", "1", "0", "0", "1", "0");
        assertChecks(Kqgq01Calculator.DEFINITION, kn);
        BigDecimal[] tc = kqgq03.compute(Q2, List.of(own)).get(own);
        assertRow("03/KQGQ", tc, "1", "0", "1", "1", "0", "1", "1", "0", "0", "0", "5", "0", "0", "0", "0", "0",
                "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "1", "0");
        assertChecks(Kqgq03Calculator.DEFINITION, tc);
        assertEquals(Set.of(UUID.fromString(a)), PetitionFormsHandCountTest.ids(kqgq01, own, 2));

        // Later steps (after the window) leave the period unchanged.
        step(a, "mark-effective", "EFFECTIVE", "signedOn", "2026-07-01");
        step(d, "handle", "HANDLED", "signedOn", "2026-07-02");
        assertRow("01/KQGQ later", kqgq01.compute(Q2, List.of(own)).get(own), values(kn));
        assertRow("03/KQGQ later", kqgq03.compute(Q2, List.of(own)).get(own), values(tc));
    }

    private static String[] values(BigDecimal[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i].toPlainString();
        }
        return out;
    }
}
