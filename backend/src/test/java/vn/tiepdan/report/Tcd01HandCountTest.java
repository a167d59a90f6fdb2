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
 * Biểu 01/TCD by hand count on a fresh tree R (report unit) → O (with C below) and S: regular, head's and delegated
 * receptions, sessions held / not held / of the wrong kind, large groups, a matter visited several times, unknown
 * first-time, a refused visit, the first and last instant of the window, and records of the previous period.
 * Every cell of every row is asserted, for 2026-Q1 and for the previous period 2025-Q4.
 */
@QuarkusTest
class Tcd01HandCountTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Fixtures fixtures;

    record Data(Tree t, List<UUID> q1Visits, UUID v1, UUID v13) {
    }

    private UUID matter(Unit u) {
        UUID id = UUID.randomUUID();
        fixtures.sql("insert into reception_matter (id, org_unit_id, classification, summary, first_visit_at, "
                + "last_visit_at) values (?1, ?2, 'KHIEU_NAI', 'Tranh chấp đất', now(), now())", id, u.id());
        return id;
    }

    private UUID session(Unit u, String date, String kind, String status, boolean delegated) {
        UUID id = UUID.randomUUID();
        fixtures.sql("insert into reception_session (id, org_unit_id, session_date, planned_start, planned_end, "
                + "place_text, channel, kind, program, status, obligated_head_id, presiding_official_id, delegated, "
                + "delegation_reason, notice) values (?1, ?2, cast(?3 as date), time '07:00', time '08:00', 'Trụ sở', "
                + "'IN_PERSON', ?4, 'NONE', ?5, ?6, ?6, ?7, ?8, ?9)", id, u.id(), date, kind, status, u.officialId(),
                delegated, delegated ? "Chủ tịch đi công tác" : null,
                status.equals("CANCELLED") ? "Hoãn do họp đột xuất" : null);
        return id;
    }

    /** A visit; matter null means refused. receivedAt like '2026-01-05 08:00+07'. */
    private UUID visit(Unit u, String receivedAt, String kind, UUID session, UUID matter, Boolean firstTime,
            int headcount, boolean largeGroup, boolean confidential) {
        UUID id = UUID.randomUUID();
        fixtures.sql("insert into reception_visit (id, org_unit_id, book_year, book_seq, session_id, received_at, "
                + "reception_kind, status, party_kind, headcount, large_group, confidential, denouncer_ref, "
                + "classification, field_code, content_summary, matter_id, first_time) values (?1, ?2, 2026, ?3, ?4, "
                + "cast(?5 as timestamptz), ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'DAT_DAI', "
                + "'Ông Nguyễn Văn Bímật, CCCD 075099988877, điện thoại 0909777666', ?14, ?15)",
                id, u.id(), SEQ.incrementAndGet(), session, receivedAt, kind, matter == null ? "REFUSED" : "RECORDED",
                headcount > 1 ? "GROUP" : "PERSON", headcount, largeGroup, confidential,
                confidential ? UUID.randomUUID() : null, confidential ? "TO_CAO" : "KHIEU_NAI", matter, firstTime);
        return id;
    }

    private Data dataset() {
        Tree t = fixtures.tree();
        Unit r = t.parent();
        Unit o = t.own();
        Unit c = t.below();
        Unit s = t.sibling();
        UUID s1 = session(o, "2026-01-05", "PERIODIC", "HELD", false);
        UUID s2 = session(o, "2026-01-12", "PERIODIC", "HELD", true);
        session(o, "2026-02-02", "URGENT", "HELD_NO_VISITORS", false);
        session(o, "2026-02-09", "PERIODIC", "CANCELLED", false);
        session(c, "2026-03-14", "PERIODIC", "HELD", false);
        session(r, "2025-12-14", "PERIODIC", "HELD", false);
        session(s, "2026-01-06", "REGULAR", "HELD", false);
        session(t.elsewhere(), "2026-01-06", "PERIODIC", "HELD", false);
        UUID m1 = matter(o);
        UUID m2 = matter(o);
        UUID m3 = matter(o);
        UUID m4 = matter(r);
        UUID m5 = matter(s);
        UUID m6 = matter(c);
        UUID mx = matter(t.elsewhere());
        List<UUID> q1 = new ArrayList<>();
        UUID v1 = visit(o, "2026-01-05 08:00+07", "REGULAR", null, m1, true, 1, false, false);
        q1.add(v1);
        q1.add(visit(o, "2026-01-20 08:00+07", "REGULAR", null, m1, false, 2, false, false));
        q1.add(visit(o, "2026-01-21 08:00+07", "REGULAR", null, m2, false, 1, false, false));
        visit(o, "2026-01-22 08:00+07", "REGULAR", null, null, null, 1, false, false); // refused
        q1.add(visit(o, "2026-01-05 07:10+07", "PERIODIC", s1, m3, null, 1, false, false));
        q1.add(visit(o, "2026-01-05 07:20+07", "PERIODIC", s1, m2, false, 7, true, false));
        q1.add(visit(o, "2026-01-12 07:10+07", "PERIODIC", s2, m3, false, 1, false, false));
        q1.add(visit(o, "2026-02-03 15:00+07", "URGENT", null, m1, true, 6, true, false));
        q1.add(visit(o, "2026-03-14 23:30+07", "REGULAR", null, m1, false, 1, false, false));
        visit(o, "2026-03-15 00:10+07", "REGULAR", null, m1, false, 1, false, false); // next period
        visit(o, "2025-12-14 23:50+07", "REGULAR", null, m2, false, 1, false, false); // previous period
        q1.add(visit(c, "2026-02-10 09:00+07", "REGULAR", null, m6, true, 3, false, false));
        UUID v13 = visit(s, "2026-02-11 09:00+07", "URGENT", null, m5, true, 2, false, true);
        q1.add(v13);
        q1.add(visit(r, "2025-12-15 00:00+07", "REGULAR", null, m4, true, 1, false, false));
        visit(r, "2025-12-01 09:00+07", "REGULAR", null, m4, false, 1, false, false); // previous period
        visit(t.elsewhere(), "2026-01-05 09:00+07", "REGULAR", null, mx, true, 1, false, false); // not in R
        return new Data(t, q1, v1, v13);
    }

    private static List<Integer> row(int... cells) {
        List<Integer> out = new ArrayList<>();
        for (int c : cells) {
            out.add(c);
        }
        return out;
    }

    private static Response form(UUID unit, String period) {
        return given().queryParam("unit", unit).queryParam("period", period).when()
                .get("/api/v1/reports/forms/01-TCD").then().statusCode(200).extract().response();
    }

    private static void assertRows(Response r, List<String> labels, List<List<Integer>> expected) {
        assertEquals(labels.size(), r.jsonPath().getList("rows").size(), r.asString());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), r.jsonPath().getList("rows[" + i + "].values", Integer.class),
                    "row " + i + " " + r.jsonPath().getString("rows[" + i + "].label"));
            assertEquals(labels.get(i), r.jsonPath().getString("rows[" + i + "].kind"));
        }
    }

    @Test
    @TestSecurity(user = "tcd")
    void everyCellOfEveryRowByHandCount() {
        Data d = dataset();
        Tree t = d.t();
        Caller.as("insp", "DN", "inspector");
        Response q1 = form(t.parent().id(), "2026-Q1");
        //                 1  2  3  4  5  6  7  8  9 10 11 12 13  14 15 16 17  18 19 20 21 22 23 24 25 26 27 28 29
        List<Integer> r = row(1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<Integer> o = row(9, 23, 7, 5, 8, 2, 1, 0, 0, 0, 0, 3, 3, 14, 2, 1, 2, 13, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0);
        List<Integer> s = row(1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<Integer> tot = row(11, 26, 9, 6, 9, 3, 1, 0, 0, 0, 0, 3, 4, 16, 3, 1, 2, 13, 1, 1, 1, 1, 1, 0, 1, 0, 0,
                0, 0);
        assertRows(q1, List.of("OWN", "CHILD", "CHILD", "TOTAL"), List.of(r, o, s, tot));
        assertEquals(List.of(t.parent().code(), t.own().code(), t.sibling().code(), t.parent().code()),
                q1.jsonPath().getList("rows.unitCode"));
        assertEquals("Tổng cộng", q1.jsonPath().getString("rows[3].label"));
        assertTrue(q1.jsonPath().getBoolean("valid"));

        // O's own records alone, and C's (the grandchild) as O's child.
        Response ownO = form(t.own().id(), "2026-Q1");
        List<Integer> oOwn = row(8, 20, 6, 4, 5, 1, 1, 0, 0, 0, 0, 2, 3, 14, 2, 1, 2, 13, 1, 1, 1, 1, 1, 0, 1, 0, 0,
                0, 0);
        List<Integer> cOwn = row(1, 3, 1, 1, 3, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRows(ownO, List.of("OWN", "CHILD", "TOTAL"), List.of(oOwn, cOwn, o));

        // The previous period: only what happened then.
        Response q4 = form(t.parent().id(), "2025-Q4");
        List<Integer> r4 = row(1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<Integer> o4 = row(1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<Integer> s4 = row(new int[29]);
        List<Integer> t4 = row(2, 2, 2, 2, 2, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRows(q4, List.of("OWN", "CHILD", "CHILD", "TOTAL"), List.of(r4, o4, s4, t4));

        // A later event (a visit after `to`, another session) leaves the past period unchanged.
        visit(t.own(), "2026-03-20 08:00+07", "REGULAR", null, matter(t.own()), true, 4, true, false);
        session(t.own(), "2026-03-16", "PERIODIC", "HELD", false);
        assertEquals(q1.jsonPath().getList("rows"), form(t.parent().id(), "2026-Q1").jsonPath().getList("rows"));
    }

    @Test
    @TestSecurity(user = "tcd")
    void drillDownReturnsExactlyTheCountedRecordsWithoutPersonalData() {
        Data d = dataset();
        Tree t = d.t();
        Caller.as("insp", "DN", "inspector");
        Response all = given().queryParam("unit", t.parent().id()).queryParam("period", "2026-Q1")
                .queryParam("rowKind", "TOTAL").queryParam("column", 1).queryParam("size", 200)
                .when().get("/api/v1/reports/forms/01-TCD/cells").then().statusCode(200).extract().response();
        assertEquals(11, all.jsonPath().getInt("totalItems"));
        Set<String> ids = new HashSet<>(all.jsonPath().getList("items.id"));
        assertEquals(new HashSet<>(d.q1Visits().stream().map(UUID::toString).toList()), ids);
        String body = all.asString();
        assertFalse(body.contains("Bímật"), body);
        assertFalse(body.contains("075099988877"), body);
        assertFalse(body.contains("0909777666"), body);
        for (String key : List.of("fullName", "idNumber", "phone", "address", "email")) {
            assertFalse(body.contains("\"" + key + "\""), key);
        }
        // The confidential visit shows no title.
        int i = all.jsonPath().getList("items.id").indexOf(d.v13().toString());
        assertTrue(all.jsonPath().getBoolean("items[" + i + "].confidential"));
        assertEquals(null, all.jsonPath().getString("items[" + i + "].title"));

        // Matters first-time, regular, O's own row: M1 (its first visit V1).
        Response first = cells(t.parent().id(), t.own().id(), "OWN", 6);
        assertEquals(1, first.jsonPath().getInt("totalItems"));
        assertEquals(d.v1().toString(), first.jsonPath().getString("items[0].id"));
        assertEquals("VISIT", first.jsonPath().getString("items[0].recordType"));
        // Sessions held by the head, O's subtree: S1, S3 (O) and S5 (C).
        Response sessions = cells(t.parent().id(), t.own().id(), "CHILD", 12);
        assertEquals(3, sessions.jsonPath().getInt("totalItems"));
        assertEquals(List.of("SESSION", "SESSION", "SESSION"), sessions.jsonPath().getList("items.recordType"));
        // Every column's drill-down count equals its cell in the TOTAL row.
        Response q1 = form(t.parent().id(), "2026-Q1");
        List<Integer> total = q1.jsonPath().getList("rows[3].values", Integer.class);
        for (int col = 1; col <= 29; col++) {
            if (col == 2 || col == 5 || col == 9 || col == 14 || col == 18 || col == 23 || col == 27) {
                continue; // people: the drill-down lists the visits, whose headcounts sum to the cell
            }
            assertEquals(total.get(col - 1), cells(t.parent().id(), t.parent().id(), "TOTAL", col).jsonPath()
                    .getInt("totalItems"), "column " + col);
        }
        // Paging: page 1 of size 5.
        given().queryParam("unit", t.parent().id()).queryParam("period", "2026-Q1").queryParam("rowKind", "TOTAL")
                .queryParam("column", 1).queryParam("page", 2).queryParam("size", 5)
                .when().get("/api/v1/reports/forms/01-TCD/cells").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1))
                .body("totalItems", org.hamcrest.Matchers.equalTo(11));
        // Bad column and a row outside the report's subtree.
        given().queryParam("unit", t.parent().id()).queryParam("period", "2026-Q1").queryParam("column", 30)
                .when().get("/api/v1/reports/forms/01-TCD/cells").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("column"));
        given().queryParam("unit", t.own().id()).queryParam("period", "2026-Q1").queryParam("column", 1)
                .queryParam("row", t.sibling().id()).queryParam("rowKind", "OWN")
                .when().get("/api/v1/reports/forms/01-TCD/cells").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("row"));
    }

    private static Response cells(UUID unit, UUID row, String kind, int column) {
        return given().queryParam("unit", unit).queryParam("period", "2026-Q1").queryParam("row", row)
                .queryParam("rowKind", kind).queryParam("column", column).queryParam("size", 200)
                .when().get("/api/v1/reports/forms/01-TCD/cells").then().statusCode(200).extract().response();
    }
}
