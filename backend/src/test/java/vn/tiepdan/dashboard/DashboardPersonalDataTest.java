package vn.tiepdan.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Unit;
import vn.tiepdan.support.Tokens;

/**
 * The dashboard holds counts only (contract Part D, helper rules §8.1): distinctive personal data planted in visits,
 * petitions, cases and officials never appears in any dashboard answer, for any reading role, nor do the keys that
 * would carry it.
 */
@QuarkusTest
class DashboardPersonalDataTest {
    private static final List<String> PLANTED = List.of("Zyxwarth", "079912345678", "0909876543", "Ngõ Quỳnh Zyx",
            "zyx@example.vn", "Vukhoanh", "Kiểm điểm Zyxcase", "Tóm tắt Zyxsum", "7777/2026/KN", "Qwertyname",
            "7331/2026/Đ", "Thanhtra Zyxinspector");
    private static final Set<String> FORBIDDEN_KEYS = Set.of("fullName", "idNumber", "phone", "address", "email",
            "caseNo", "petitionNo", "bookNo", "title", "summary", "inspectorName", "officialName", "content");

    @Inject
    Fixtures fixtures;
    @Inject
    DashboardData data;

    private Unit plant() {
        Unit u = fixtures.unitBelow(Fixtures.uniqueCode("PD"), "/" + Fixtures.DN + "/");
        data.commune(u.id());
        fixtures.sql("update official set full_name = 'Lê Văn Qwertyname', position = 'Chủ tịch' where id = ?1",
                u.officialId());
        data.session(u.id(), u.officialId(), "2026-03-02", "07:00", "BUOI_SANG_VOI_NHAN_DAN", "HELD", false);
        UUID matter = data.matter(u.id());
        fixtures.sql("update reception_matter set summary = 'Tóm tắt Zyxsum' where id = ?1", matter);
        UUID visit = data.visit(u.id(), matter, "2026-03-02 07:30+07", "HANDLED", "THU_LY", true, 1, false, true,
                "2026-03-16", null);
        fixtures.sql("update reception_visit set content_summary = 'Tóm tắt Zyxsum', receipt_no = '7777/2026/KN', "
                + "search_text = 'zyxwarth' where id = ?1", visit);
        fixtures.sql("insert into visit_party (id, visit_id, ordinal, role, full_name, id_doc_type, id_number, "
                + "address_as_written, phone) values (?1, ?2, 1, 'VISITOR', 'Nguyễn Zyxwarth', 'CCCD', '079912345678', "
                + "'Ngõ Quỳnh Zyx', '0909876543')", UUID.randomUUID(), visit);
        int seq = (int) (System.nanoTime() % 100_000) + 200_000;
        UUID petition = UUID.randomUUID();
        fixtures.sql("insert into petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, "
                + "received_at, source, signer_class, content, status) values (?1, ?2, 2026, ?3, '7331/2026/Đ', "
                + "date '2026-03-03', timestamptz '2026-03-03 09:00+07', 'BUU_CHINH', 'MOT_NGUOI_DUNG_TEN', "
                + "'Đơn của Vukhoanh', 'RECEIVED')", petition, u.id(), seq);
        fixtures.sql("insert into petition_party (id, petition_id, ordinal, role, full_name, id_number, address, phone, "
                + "email) values (?1, ?2, 1, 'PETITIONER', 'Trần Vukhoanh', '079912345678', 'Ngõ Quỳnh Zyx', "
                + "'0909876543', 'zyx@example.vn')", UUID.randomUUID(), petition);
        UUID c = data.caseIn(u.id());
        fixtures.sql("update case_file set title = 'Kiểm điểm Zyxcase', summary = 'Tóm tắt Zyxsum', "
                + "handler_name = 'Qwertyname' where id = ?1", c);
        data.deadline(c, u.id(), "RESOLVE", "2026-03-10", "MET", "2026-03-09", true);
        data.caseEvent(c, u.id(), "ACCEPT", "2026-03-03 10:00+07");
        fixtures.sql("insert into inspection_record (id, org_unit_id, inspected_on, rating, findings_discipline, "
                + "findings_conduct, inspector_username, inspector_name) values (?1, ?2, date '2026-03-04', 'GOOD', "
                + "'Đúng giờ', 'Niềm nở', 'noivu', 'Thanhtra Zyxinspector')", UUID.randomUUID(), u.id());
        data.recognition(u.id(), u.officialId(), "COMMENDATION", "GIAY_KHEN", "2026-03-20");
        return u;
    }

    private void assertClean(String body, String what) throws Exception {
        for (String p : PLANTED) {
            assertFalse(body.contains(p), what + " shows planted data " + p);
        }
        List<String> keys = new ArrayList<>();
        collectKeys(new ObjectMapper().readTree(body), keys);
        for (String k : keys) {
            assertFalse(FORBIDDEN_KEYS.contains(k), what + " has key " + k);
        }
    }

    private static void collectKeys(JsonNode node, List<String> keys) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectKeys(n, keys));
        }
    }

    private static final String[][] CALLERS = {
        {"danvan", "DN-BTGDV", "mobilization_viewer"},
        {"noivu", "DN-SNV", "home_affairs_inspector"},
        {"thanhtra", "DN-TTT", "inspector"},
        {"quantri", null, "admin"},
        {"kiemtra", null, "auditor"},
    };

    @Test
    @TestSecurity(user = "danvan")
    void noDashboardAnswerCarriesPersonalData() throws Exception {
        Unit u = plant();
        int checked = 0;
        for (String[] c : CALLERS) {
            Caller.as(c[0], c[1], c[2]);
            for (String endpoint : List.of("overview", "trends", "recognition")) {
                for (Object unit : new Object[] {u.id(), null}) {
                    var req = given().queryParam("period", "2026-03");
                    if (unit != null) {
                        req = req.queryParam("unit", unit);
                    }
                    String body = req.get("/api/v1/dashboard/" + endpoint).then().statusCode(200).extract().asString();
                    assertClean(body, c[2] + " " + endpoint + " unit=" + unit);
                    checked++;
                }
            }
        }
        // The unit's own leader too (subtree scope).
        Caller.as("leader", u.code(), "unit_leader");
        for (String endpoint : List.of("overview", "trends", "recognition")) {
            String body = given().queryParam("period", "2026-03").get("/api/v1/dashboard/" + endpoint).then()
                    .statusCode(200).extract().asString();
            assertClean(body, "unit_leader " + endpoint);
            assertTrue(body.contains(u.code()), "the leader's default unit is their own");
            checked++;
        }
        // Something was counted: the figures are there, only the people are not.
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        String overview = given().queryParam("unit", u.id()).queryParam("period", "2026-03")
                .get("/api/v1/dashboard/overview").then().statusCode(200).extract().asString();
        JsonNode totals = new ObjectMapper().readTree(overview).get("totals");
        assertTrue(totals.get("visits").asLong() == 1 && totals.get("resolvedOnTime").asLong() == 1
                && totals.get("commendations").asLong() == 1, overview);
        assertTrue(checked == 33);
    }

    @Test
    void realDanvanTokenReadsTheDashboardButNotCases() throws Exception {
        Unit u = plant();
        String token = Tokens.cli("danvan");
        for (String endpoint : List.of("overview", "trends", "recognition")) {
            String body = given().auth().oauth2(token).queryParam("unit", u.id()).queryParam("period", "2026-03")
                    .get("/api/v1/dashboard/" + endpoint).then().statusCode(200).extract().asString();
            assertClean(body, "danvan (real token) " + endpoint);
        }
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/visits").then().statusCode(403);
    }
}
