package vn.tiepdan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiepdan.report.FormsMoreData.Q2;
import static vn.tiepdan.report.FormsMoreData.assertChecks;
import static vn.tiepdan.report.FormsMoreData.assertRow;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tiepdan.report.FormsMoreData.P;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.support.Fixtures;

/**
 * 02/XLD, 03/XLD, 04/XLD counted by hand on a fresh unit for Q2 2026 (15/3 – 14/6): every cell of the unit's own
 * row, the printed cross-checks, and the drill-down (exactly the counted records, confidential titles masked).
 */
@QuarkusTest
class PetitionFormsHandCountTest {
    @Inject
    Fixtures fixtures;
    @Inject
    FormsMoreData data;
    @Inject
    Xld02Calculator xld02;
    @Inject
    Xld03Calculator xld03;
    @Inject
    Xld04Calculator xld04;

    private static final String KN = "KHIEU_NAI";
    private static final String TC = "TO_CAO";
    private static final String KNPA = "KIEN_NGHI_PHAN_ANH";

    @Test
    @TestTransaction
    void complaints02() {
        Fixtures.Tree t = fixtures.tree();
        UUID own = t.own().id();
        P p1 = data.save(new P(own, KN, "2026-03-01")); // carried over, still open
        P p2 = data.save(new P(own, KN, "2026-03-10").decided("2026-04-01", "DE_XUAT_THU_LY", true, true)
                .field("HANH_CHINH.DAT_DAI_NHA_CUA")); // carried over, processed
        P p3 = data.save(new P(own, KN, "2026-04-05").decided("2026-04-10", "HUONG_DAN", true, false)
                .field("TU_PHAP").prior("DA_GIAI_QUYET_LAN_DAU"));
        P p4 = data.save(new P(own, KN, "2026-04-06").decided("2026-04-12", "DON_DOC", true, false)
                .field("TU_PHAP").prior("DA_GIAI_QUYET_LAN_DAU").duplicateOf(p3)); // same matter as p3, decided last
        P p5 = data.save(new P(own, KN, "2026-05-01").decided("2026-05-02", "LUU_DON", false, null));
        P p6 = data.save(new P(own, KN, "2026-05-03").decided("2026-06-20", "HUONG_DAN", true, false)); // after `to`
        data.save(new P(own, KN, "2026-02-01").decided("2026-03-01", "HUONG_DAN", true, false)); // before the window
        data.save(new P(own, KN, "2026-05-05").decided("2026-05-05", "TACH_NOI_DUNG", true, null)); // split: not counted
        P p9 = data.save(new P(own, KN, "2026-04-20").decided("2026-04-21", "DE_XUAT_THU_LY", true, true)
                .field("HANH_CHINH.CHE_DO_CHINH_SACH").prior("DA_GIAI_QUYET_LAN_DAU")); // second time
        P p10 = data.save(new P(own, KN, "2026-01-10").decided("2026-01-12", "CHUYEN_DON", true, false)
                .reply("2026-05-10")); // reply to an old transfer
        data.save(new P(own, TC, "2026-04-01").decided("2026-04-02", "CHUYEN_DON", true, false)); // not a complaint
        data.save(new P(t.sibling().id(), KN, "2026-04-01").decided("2026-04-02", "HUONG_DAN", true, false));

        BigDecimal[] row = xld02.compute(Q2, List.of(own)).get(own);
        assertRow("02/XLD", row,
                "7", "2", "5", "5", "1", "4", "4", "3", // 1-8
                "2", "1", "1", "0", "1", "0", "0", // 9-15 content
                "2", "0", "0", "1", // 16-19 status
                "2", "1", "1", "1", "0", "1", // 20-25 result
                "1"); // 26 replies
        assertChecks(Xld02Calculator.DEFINITION, row);

        assertEquals(Set.of(p1.id(), p2.id(), p3.id(), p4.id(), p5.id(), p6.id(), p9.id()), ids(xld02, own, 1));
        assertEquals(Set.of(p1.id(), p2.id()), ids(xld02, own, 2));
        assertEquals(Set.of(p4.id()), ids(xld02, own, 25));
        assertEquals(Set.of(p10.id()), ids(xld02, own, 26));
        PageResponse<DrillItem> page = xld02.drill(Q2, List.of(own), 1, new PageParams(1, 3));
        assertEquals(7, page.totalItems());
        assertEquals(3, page.items().size());
        assertEquals(3, page.totalPages());
        DrillItem item = xld02.drill(Q2, List.of(own), 11, new PageParams(0, 10)).items().get(0);
        assertEquals("PETITION", item.recordType());
        assertEquals(t.own().code(), item.unitCode());
        assertEquals("Đất đai, nhà cửa", item.title());
        assertFalse(item.confidential());
        assertEquals("2026-04-01", item.date().toString());
    }

    @Test
    @TestTransaction
    void denunciations03() {
        Fixtures.Tree t = fixtures.tree();
        UUID own = t.own().id();
        P t0 = data.save(new P(own, TC, "2025-10-01").decided("2025-10-05", "XU_LY_THONG_TIN_TO_CAO", true, true)
                .field("THAM_NHUNG")); // an earlier denunciation, processed long ago
        P t1 = data.save(new P(own, TC, "2026-03-01").decided("2026-03-20", "XU_LY_THONG_TIN_TO_CAO", true, true)
                .field("THAM_NHUNG")); // carried over
        P t2 = data.save(new P(own, TC, "2026-04-01").decided("2026-04-03", "XU_LY_THONG_TIN_TO_CAO", true, true)
                .field("HANH_CHINH.CONG_CHUC_CONG_VU").prior("DA_GIAI_QUYET_LAN_DAU")); // repeat, concluded
        P t3 = data.save(new P(own, TC, "2026-04-02").decided("2026-04-04", "CHUYEN_DON", true, false)
                .field("THAM_NHUNG").duplicateOf(t0)); // repeat of an unresolved matter (overdue)
        data.save(new P(own, TC, "2026-05-01")); // received, not processed
        P t5 = data.save(new P(own, TC, "2026-05-02").decided("2026-05-04", "DON_DOC", true, false)
                .prior("DA_CO_BAN_AN")); // no field: other
        data.save(new P(own, TC, "2026-05-03").decided("2026-05-05", "LUU_DON", false, null));
        P t7 = data.save(new P(own, TC, "2026-04-10").decided("2026-04-11", "CHUYEN_DON", true, false)
                .field("KHAC").reply("2026-05-20"));

        BigDecimal[] row = xld03.compute(Q2, List.of(own)).get(own);
        assertRow("03/XLD", row,
                "7", "1", "6", "6", "1", "5", "5", "5", // 1-8
                "1", "0", "0", "1", "0", "2", "0", "0", "2", // 9-17 content
                "2", "1", "2", // 18-20 status
                "2", "1", "1", "3", "2", "1", // 21-26 result
                "1"); // 27 replies
        assertChecks(Xld03Calculator.DEFINITION, row);

        assertEquals(Set.of(t1.id(), t3.id()), ids(xld03, own, 14));
        assertEquals(Set.of(t3.id()), ids(xld03, own, 19));
        assertEquals(Set.of(t2.id(), t5.id()), ids(xld03, own, 20));
        assertEquals(Set.of(t7.id()), ids(xld03, own, 27));
        for (DrillItem i : xld03.drill(Q2, List.of(own), 1, new PageParams(0, 50)).items()) {
            assertTrue(i.confidential(), "a denunciation is masked");
            assertNull(i.title());
        }
    }

    @Test
    @TestTransaction
    void feedback04() {
        Fixtures.Tree t = fixtures.tree();
        UUID own = t.own().id();
        P k1 = data.save(new P(own, KNPA, "2026-03-01").decided("2026-04-01", "DE_XUAT_THU_LY", true, true)
                .field("DAT_DAI"));
        UUID c1 = data.openCase(own, KNPA, "2026-03-01", k1, null);
        data.decide(c1, own, new FormsMoreData.D("REPLY", "REPLY", "RESOLVING", "RESPONDED", "2026-05-01"));
        P k2 = data.save(new P(own, KNPA, "2026-04-02").decided("2026-04-03", "DE_XUAT_THU_LY", true, true)
                .field("CHE_DO_CHINH_SACH").prior("DA_GIAI_QUYET_LAN_DAU"));
        UUID c2 = data.openCase(own, KNPA, "2026-04-02", k2, null);
        data.decide(c2, own, new FormsMoreData.D("REPLY", "REPLY", "RESOLVING", "RESPONDED", "2026-06-20"));
        data.save(new P(own, KNPA, "2026-04-05").decided("2026-04-06", "CHUYEN_DON", true, false).field("TU_PHAP"));
        data.save(new P(own, KNPA, "2026-04-07").decided("2026-04-08", "DON_DOC", true, false).field("KHAC"));
        data.save(new P(own, KNPA, "2026-04-09"));

        BigDecimal[] row = xld04.compute(Q2, List.of(own)).get(own);
        assertRow("04/XLD", row,
                "5", "1", "4", "4", "1", "3", "4", "4", // 1-8
                "1", "1", "1", "1", // 9-12 content
                "1", "3", // 13-14 status
                "2", "2", "1", "1", // 15-18 result
                "1", "1"); // 19-20 resolved by the end of the window
        assertChecks(Xld04Calculator.DEFINITION, row);
        assertEquals(Set.of(k1.id()), ids(xld04, own, 19));
        assertEquals(Set.of(k2.id()), ids(xld04, own, 20));
    }

    @Test
    void definitionsNumberEveryColumnAndChecksNameThem() {
        for (FormDefinition def : List.of(Xld02Calculator.DEFINITION, Xld03Calculator.DEFINITION,
                Xld04Calculator.DEFINITION, Kqgq01Calculator.DEFINITION, Kqgq03Calculator.DEFINITION)) {
            for (int i = 0; i < def.columns().size(); i++) {
                assertEquals(i + 1, def.columns().get(i).no(), def.code());
                assertFalse(def.columns().get(i).path().isEmpty(), def.code());
            }
            for (String rule : def.checks()) {
                for (String n : rule.split("[=+]")) {
                    int c = Integer.parseInt(n.trim());
                    assertTrue(c >= 1 && c <= def.columns().size(), def.code() + " " + rule);
                }
            }
        }
        assertEquals(26, Xld02Calculator.DEFINITION.columns().size());
        assertEquals(27, Xld03Calculator.DEFINITION.columns().size());
        assertEquals(20, Xld04Calculator.DEFINITION.columns().size());
        assertEquals(26, Kqgq01Calculator.DEFINITION.columns().size());
        assertEquals(31, Kqgq03Calculator.DEFINITION.columns().size());
    }

    static Set<UUID> ids(FormCalculator calc, UUID unit, int column) {
        PageResponse<DrillItem> page = calc.drill(Q2, List.of(unit), column, new PageParams(0, 200));
        assertEquals(page.totalItems(), page.items().size());
        return page.items().stream().map(DrillItem::id).collect(Collectors.toSet());
    }

}
