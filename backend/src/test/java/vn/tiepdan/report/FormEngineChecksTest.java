package vn.tiepdan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;

/** Cross-checks: parsing the printed formulas, and a failing check naming its cells and the unit. */
@QuarkusTest
class FormEngineChecksTest {
    @Inject
    Fixtures fixtures;

    private static FormRow row(int... v) {
        return new FormRow("OWN", UUID.randomUUID(), "DN-X", "Đơn vị X",
                java.util.Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList());
    }

    @Test
    void parsesThePrintedFormulas() {
        CrossCheck c = CrossCheck.parse("6= 8+9+10= 11+12+13= 14+18");
        assertEquals("6=8+9+10=11+12+13=14+18", c.rule());
        assertEquals(18, c.maxColumn());
        int[] ok = new int[18];
        ok[5] = 3;
        ok[7] = 1;
        ok[8] = 2;
        ok[10] = 3;
        ok[13] = 1;
        ok[17] = 2;
        assertNull(c.evaluate(row(ok)));
        ok[17] = 1;
        CheckResult.Failure f = c.evaluate(row(ok));
        assertEquals(List.of("6=3", "8+9+10=3", "11+12+13=3", "14+18=2"), f.cells());
        assertEquals("DN-X", f.unitCode());
        assertTrue(f.message().contains("14+18=2"), f.message());
    }

    @Test
    @TestSecurity(user = "checks")
    void aFailingCheckNamesTheCellsAndTheUnit() {
        Tree t = fixtures.tree();
        // Outside competence, processable, filed (LUU_DON): counted in 18 but in none of 19, 20, 21.
        fixtures.sql("insert into petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, "
                + "received_at, source, signer_class, content, classification, processable, competence, decision, "
                + "decided_at, status) values (?1, ?2, 2026, 1, '1/2026/Đ', date '2026-01-05', now(), 'BUU_CHINH', "
                + "'MOT_NGUOI_DUNG_TEN', 'Kiến nghị', 'KHIEU_NAI', 'DU_DIEU_KIEN', 'KHONG_THUOC_THAM_QUYEN', "
                + "'LUU_DON', timestamptz '2026-01-06 09:00+07', 'FILED')", UUID.randomUUID(), t.sibling().id());
        Caller.as("thanhtra", null, "inspector");
        Response r = given().queryParam("unit", t.parent().id()).queryParam("period", "2026-Q1").when()
                .get("/api/v1/reports/forms/01-XLD").then().statusCode(200).extract().response();
        assertFalse(r.jsonPath().getBoolean("valid"));
        List<String> rules = r.jsonPath().getList("checks.rule");
        assertEquals(List.of("1=2+3=4+5", "6=8+9+10=11+12+13=14+18", "14=15+16+17", "18=19+20+21"), rules);
        assertEquals(List.of(true, true, true, false), r.jsonPath().getList("checks.ok"));
        assertEquals(List.of(t.sibling().code(), t.parent().code()), r.jsonPath().getList("checks[3].failures.unitCode"));
        assertEquals(List.of("18=1", "19+20+21=0"), r.jsonPath().getList("checks[3].failures[0].cells"));
        assertEquals("Tổng cộng", r.jsonPath().getString("checks[3].failures[1].label"));
    }
}
