package vn.tiepdan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * Biểu 01/XLD by hand count on a fresh tree R (report unit) → O (with C below) and S: petitions carried over from
 * the previous period, received, processed and not, every decision, processable or not, within competence or not,
 * every prior-resolution status, a duplicate (one matter), a split petition and its parts, transfer replies, a
 * confidential denunciation. Every cell of every row, for 2026-Q1 and the previous period 2025-Q4.
 */
@QuarkusTest
class Xld01HandCountTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Fixtures fixtures;

    /** The petition facts the form reads. decidedAt like '2026-01-10 10:00+07' or null. */
    record P(String receivedOn, String decidedAt, String classification, String processable, String competence,
            String prior, String decision, UUID duplicateOf, UUID parent, String replyOn) {
    }

    private UUID petition(Unit u, P p) {
        UUID id = UUID.randomUUID();
        int seq = SEQ.incrementAndGet();
        boolean confidential = "TO_CAO".equals(p.classification());
        String status = p.decidedAt() == null ? "CLASSIFIED" : "LUU_DON".equals(p.decision()) ? "FILED" : "DECIDED";
        fixtures.sql("insert into petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, "
                + "received_at, source, signer_class, confidential, denouncer_ref, content, respondent, field_code, "
                + "classification, processable, competence, prior_resolution, decision, decided_at, duplicate_of_id, "
                + "parent_petition_id, transfer_reply_on, transfer_reply_doc_no, status) values (?1, ?2, 2026, ?3, ?4, "
                + "cast(?5 as date), cast(?5 as date), 'BUU_CHINH', 'MOT_NGUOI_DUNG_TEN', ?6, ?7, "
                + "'Bà Lê Thị Bímật, CCCD 075099988877, điện thoại 0909777666', 'Ông Trần Văn Bị', 'DAT_DAI', ?8, ?9, "
                + "?10, ?11, ?12, cast(?13 as timestamptz), ?14, ?15, cast(?16 as date), ?17, ?18)",
                id, u.id(), seq, seq + "/2026/Đ", p.receivedOn(), confidential, confidential ? UUID.randomUUID() : null,
                p.classification(), p.processable(), p.competence(), p.prior(), p.decision(), p.decidedAt(),
                p.duplicateOf(), p.parent(), p.replyOn(), p.replyOn() == null ? null : "45/UBND-TD", status);
        return id;
    }

    record Data(Tree t, UUID p2, UUID p4, UUID p6, UUID p8, UUID p11, UUID p16) {
    }

    private Data dataset() {
        Tree t = fixtures.tree();
        Unit r = t.parent();
        Unit o = t.own();
        String du = "DU_DIEU_KIEN";
        String in = "THUOC_THAM_QUYEN";
        String out = "KHONG_THUOC_THAM_QUYEN";
        // O
        petition(o, new P("2025-11-20", null, "KHIEU_NAI", du, in, null, null, null, null, null));           // P1
        UUID p2 = petition(o, new P("2025-12-01", "2026-01-10 10:00+07", "KHIEU_NAI", du, in,
                "DA_GIAI_QUYET_LAN_DAU", "DE_XUAT_THU_LY", null, null, null));                            // P2
        petition(o, new P("2025-10-01", "2025-11-01 10:00+07", "TO_CAO", du, in, null,
                "XU_LY_THONG_TIN_TO_CAO", null, null, null));                                            // P3
        UUID p4 = petition(o, new P("2026-01-05", "2026-01-20 10:00+07", "KIEN_NGHI_PHAN_ANH", du, out,
                "CHUA_GIAI_QUYET", "CHUYEN_DON", null, null, "2026-02-10"));                              // P4
        petition(o, new P("2026-01-06", "2026-01-21 10:00+07", "KHIEU_NAI", du, out, "DA_GIAI_QUYET_NHIEU_LAN",
                "HUONG_DAN", null, null, null));                                                         // P5
        UUID p6 = petition(o, new P("2026-01-07", "2026-01-22 10:00+07", "TO_CAO", du, out, "DA_CO_BAN_AN",
                "DON_DOC", null, null, null));                                                           // P6
        petition(o, new P("2026-01-08", "2026-01-23 10:00+07", "KHIEU_NAI", "KHONG_DU_DIEU_KIEN", null, null,
                "LUU_DON", null, null, null));                                                           // P7
        UUID p8 = petition(o, new P("2026-01-09", "2026-01-24 10:00+07", "KHIEU_NAI", du, in,
                "DA_GIAI_QUYET_LAN_DAU", "LUU_DON", p2, null, null));                                     // P8
        UUID p9 = petition(o, new P("2026-01-10", "2026-01-11 10:00+07", "NHIEU_NOI_DUNG", du, in, null,
                "TACH_NOI_DUNG", null, null, null));                                                     // P9
        petition(o, new P("2026-01-10", "2026-01-25 10:00+07", "KHIEU_NAI", du, in, null, "DE_XUAT_THU_LY", null,
                p9, null));                                                                               // P10
        UUID p11 = petition(o, new P("2026-01-10", null, "KIEN_NGHI_PHAN_ANH", du, in, null, null, null, p9,
                null));                                                                                   // P11
        petition(o, new P("2026-03-01", "2026-03-20 10:00+07", "TO_CAO", du, in, null, "XU_LY_THONG_TIN_TO_CAO",
                null, null, null));                                                                      // P12
        // C (below O)
        petition(t.below(), new P("2026-02-01", "2026-02-05 10:00+07", "KIEN_NGHI_PHAN_ANH", du, in, null,
                "DE_XUAT_THU_LY", null, null, null));                                                    // P13
        // S
        petition(t.sibling(), new P("2026-02-02", "2026-02-06 10:00+07", "KHIEU_NAI", du, out, null, "TRA_LAI",
                null, null, null));                                                                      // P14
        // R
        petition(r, new P("2025-12-20", null, "KHIEU_NAI", du, in, null, null, null, null, null));          // P15
        UUID p16 = petition(r, new P("2025-11-05", "2025-11-10 10:00+07", "KHIEU_NAI", du, out, null, "CHUYEN_DON",
                null, null, "2025-12-20"));                                                               // P16
        // elsewhere: not in R's report
        petition(t.elsewhere(), new P("2026-01-05", "2026-01-06 10:00+07", "KHIEU_NAI", du, in, null,
                "DE_XUAT_THU_LY", null, null, "2026-01-07"));
        return new Data(t, p2, p4, p6, p8, p11, p16);
    }

    private static List<Integer> row(int... cells) {
        List<Integer> out = new ArrayList<>();
        for (int c : cells) {
            out.add(c);
        }
        return out;
    }

    static Response form(UUID unit, String period) {
        return given().queryParam("unit", unit).queryParam("period", period).when()
                .get("/api/v1/reports/forms/01-XLD").then().statusCode(200).extract().response();
    }

    private static void assertRows(Response r, List<String> kinds, List<List<Integer>> expected) {
        assertEquals(kinds.size(), r.jsonPath().getList("rows").size(), r.asString());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), r.jsonPath().getList("rows[" + i + "].values", Integer.class),
                    "row " + i + " " + r.jsonPath().getString("rows[" + i + "].label"));
            assertEquals(kinds.get(i), r.jsonPath().getString("rows[" + i + "].kind"));
        }
    }

    @Test
    @TestSecurity(user = "xld")
    void everyCellOfEveryRowByHandCount() {
        Data d = dataset();
        Tree t = d.t();
        Caller.as("insp", "DN", "inspector");
        Response q1 = form(t.parent().id(), "2026-Q1");
        //                       1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22
        List<Integer> r = row(1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        List<Integer> o = row(11, 2, 9, 8, 3, 7, 6, 4, 1, 2, 2, 2, 3, 4, 3, 0, 1, 3, 1, 1, 1, 1);
        List<Integer> s = row(1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0);
        List<Integer> tot = row(13, 2, 11, 9, 4, 8, 7, 5, 1, 2, 2, 2, 4, 4, 3, 0, 1, 4, 2, 1, 1, 2);
        assertRows(q1, List.of("OWN", "CHILD", "CHILD", "TOTAL"), List.of(r, o, s, tot));
        assertTrue(q1.jsonPath().getBoolean("valid"), q1.asString());

        Response ownO = form(t.own().id(), "2026-Q1");
        List<Integer> oOwn = row(10, 2, 8, 7, 3, 6, 5, 4, 1, 1, 2, 2, 2, 3, 3, 0, 0, 3, 1, 1, 1, 1);
        List<Integer> c = row(1, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0);
        assertRows(ownO, List.of("OWN", "CHILD", "TOTAL"), List.of(oOwn, c, o));

        Response q4 = form(t.parent().id(), "2025-Q4");
        List<Integer> r4 = row(1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0);
        List<Integer> o4 = row(3, 0, 3, 1, 2, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0);
        List<Integer> s4 = row(new int[22]);
        List<Integer> t4 = row(4, 0, 4, 2, 2, 2, 2, 1, 1, 0, 0, 0, 2, 1, 0, 1, 0, 1, 0, 1, 0, 0);
        assertRows(q4, List.of("OWN", "CHILD", "CHILD", "TOTAL"), List.of(r4, o4, s4, t4));

        // Later events: the pending part is decided after `to`, a petition arrives and is decided after `to`.
        fixtures.sql("update petition set decided_at = timestamptz '2026-03-16 09:00+07', decision = 'DE_XUAT_THU_LY', "
                + "status = 'DECIDED' where id = ?1", d.p11());
        petition(t.own(), new P("2026-03-15", "2026-03-15 10:00+07", "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN",
                null, "DE_XUAT_THU_LY", null, null, null));
        assertEquals(q1.jsonPath().getList("rows"), form(t.parent().id(), "2026-Q1").jsonPath().getList("rows"));
        assertEquals(q4.jsonPath().getList("rows"), form(t.parent().id(), "2025-Q4").jsonPath().getList("rows"));
    }

    @Test
    @TestSecurity(user = "xld")
    void drillDownReturnsExactlyTheCountedPetitionsWithoutPersonalData() {
        Data d = dataset();
        Tree t = d.t();
        Caller.as("insp", "DN", "inspector");
        Response q1 = form(t.parent().id(), "2026-Q1");
        List<Integer> total = q1.jsonPath().getList("rows[3].values", Integer.class);
        for (int col = 1; col <= 22; col++) {
            assertEquals(total.get(col - 1), cells(t.parent().id(), t.parent().id(), "TOTAL", col).jsonPath()
                    .getInt("totalItems"), "column " + col);
        }
        // Matters: the duplicate P8 shares P2's matter.
        Set<String> matters = new HashSet<>(cells(t.parent().id(), t.own().id(), "OWN", 7).jsonPath()
                .getList("items.id"));
        assertTrue(matters.contains(d.p2().toString()));
        assertFalse(matters.contains(d.p8().toString()));
        // Replies: P4 (O) and P16 (R, transferred in the previous period).
        assertEquals(Set.of(d.p4().toString(), d.p16().toString()), new HashSet<>(cells(t.parent().id(),
                t.parent().id(), "TOTAL", 22).jsonPath().getList("items.id")));
        // Denunciations: P6, masked.
        Response tc = cells(t.parent().id(), t.own().id(), "OWN", 9);
        assertEquals(List.of(d.p6().toString()), tc.jsonPath().getList("items.id"));
        assertTrue(tc.jsonPath().getBoolean("items[0].confidential"));
        assertEquals(null, tc.jsonPath().getString("items[0].title"));
        assertEquals("PETITION", tc.jsonPath().getString("items[0].recordType"));
        String body = cells(t.parent().id(), t.parent().id(), "TOTAL", 1).asString();
        for (String planted : List.of("Bímật", "075099988877", "0909777666", "Trần Văn Bị", "\"fullName\"",
                "\"idNumber\"", "\"phone\"", "\"address\"")) {
            assertFalse(body.contains(planted), planted);
        }
    }

    private static Response cells(UUID unit, UUID row, String kind, int column) {
        return given().queryParam("unit", unit).queryParam("period", "2026-Q1").queryParam("row", row)
                .queryParam("rowKind", kind).queryParam("column", column).queryParam("size", 200)
                .when().get("/api/v1/reports/forms/01-XLD/cells").then().statusCode(200).extract().response();
    }
}
