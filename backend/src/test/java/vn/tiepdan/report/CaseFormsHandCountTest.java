package vn.tiepdan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiepdan.report.FormsMoreData.Q2;
import static vn.tiepdan.report.FormsMoreData.assertChecks;
import static vn.tiepdan.report.FormsMoreData.assertRow;
import static vn.tiepdan.report.PetitionFormsHandCountTest.ids;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.report.FormsMoreData.D;
import vn.tiepdan.report.FormsMoreData.P;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.support.Fixtures;

/**
 * 01/KQGQ and 03/KQGQ counted by hand on a fresh unit for Q2 2026 (15/3 – 14/6) from cases, their decisions and the
 * events recording them: every cell of the unit's own row, the cross-checks, the drill-down.
 */
@QuarkusTest
class CaseFormsHandCountTest {
    @Inject
    Fixtures fixtures;
    @Inject
    FormsMoreData data;
    @Inject
    Kqgq01Calculator kqgq01;
    @Inject
    Kqgq03Calculator kqgq03;

    private static final String KN = "KHIEU_NAI";
    private static final String TC = "TO_CAO";

    private UUID complaintAccepted(UUID unit, String received, String accepted) {
        UUID c = data.openCase(unit, KN, received, null, null);
        data.decide(c, unit, new D("ACCEPTANCE", "ACCEPT", "RECEIVED", "ACCEPTED_L1", accepted));
        return c;
    }

    private UUID denunciationAccepted(UUID unit, String received, String accepted, P petition, UUID repeatOf) {
        UUID c = data.openCase(unit, TC, received, petition, repeatOf);
        data.decide(c, unit, new D("ACCEPTANCE", "ACCEPT", "INTAKE_CHECK", "ACCEPTED", accepted));
        return c;
    }

    @Test
    @TestTransaction
    void complaints01() {
        Fixtures.Tree t = fixtures.tree();
        UUID own = t.own().id();
        UUID c1 = complaintAccepted(own, "2026-01-25", "2026-02-01"); // carried over, still open
        UUID c2 = complaintAccepted(own, "2026-02-25", "2026-03-01"); // carried over, decided in the window
        data.decide(c2, own, new D("RESOLUTION_L1", "DECIDE", "VERIFYING_L1", "DECIDED_L1", "2026-04-10")
                .result("DUNG_MOT_PHAN", true).recover("12.5", "100.0").giveBack("3", "0", 0, 2).sanctions(1, 1));
        UUID c3 = complaintAccepted(own, "2026-03-28", "2026-04-01"); // received, withdrawn in full
        data.decide(c3, own, new D("WITHDRAWAL", "WITHDRAW", "ACCEPTED_L1", "TERMINATED", "2026-04-20")
                .fullWithdrawal());
        UUID c4 = complaintAccepted(own, "2026-01-02", "2026-01-05"); // L1 before the window, L2 in it
        data.decide(c4, own, new D("RESOLUTION_L1", "DECIDE", "VERIFYING_L1", "DECIDED_L1", "2026-02-10")
                .result("SAI_TOAN_BO", true));
        data.decide(c4, own, new D("ACCEPTANCE", "ACCEPT_SECOND", "DECIDED_L1", "ACCEPTED_L2", "2026-04-02"));
        data.decide(c4, own, new D("RESOLUTION_L2", "DECIDE", "DIALOGUE_L2", "DECIDED_L2", "2026-05-15")
                .result("HUY_SUA_QD_LAN_DAU", false).giveBack("50", "20", 1, 0).investigation(1, 2, 1));
        UUID c5 = complaintAccepted(own, "2026-01-08", "2026-01-10"); // all before the window
        data.decide(c5, own, new D("RESOLUTION_L1", "DECIDE", "VERIFYING_L1", "DECIDED_L1", "2026-03-01")
                .result("DUNG_TOAN_BO", true));
        UUID c6 = complaintAccepted(own, "2026-05-28", "2026-06-01"); // received, decided after `to`
        data.decide(c6, own, new D("RESOLUTION_L1", "DECIDE", "VERIFYING_L1", "DECIDED_L1", "2026-06-20")
                .result("DUNG_TOAN_BO", true));
        UUID c7 = complaintAccepted(own, "2026-03-16", "2026-03-20"); // L1 accepted and decided, L2 accepted
        data.decide(c7, own, new D("RESOLUTION_L1", "DECIDE", "VERIFYING_L1", "DECIDED_L1", "2026-04-01")
                .result("DUNG_TOAN_BO", true));
        data.decide(c7, own, new D("ACCEPTANCE", "ACCEPT_SECOND", "DECIDED_L1", "ACCEPTED_L2", "2026-04-15"));
        complaintAccepted(t.sibling().id(), "2026-04-01", "2026-04-02"); // another unit

        BigDecimal[] row = kqgq01.compute(Q2, List.of(own)).get(own);
        assertRow("01/KQGQ", row,
                "7", "2", "5", "6", // 1-4
                "3", "1", // 5-6 resolved by decision / withdrawal
                "12.5", "100", "50", "20", "3", "0", "1", "2", // 7-14 recovered, returned, restored
                "1", "1", "1", "2", "1", // 15-19 sanctions, investigation
                "1", "0", "1", "0", "1", // 20-24 analysis
                "2", "1"); // 25-26 on time / late
        assertChecks(Kqgq01Calculator.DEFINITION, row);

        assertEquals(Set.of(c2, c4, c7), ids(kqgq01, own, 5));
        assertEquals(Set.of(c1, c2), ids(kqgq01, own, 2));
        assertEquals(Set.of(c1, c2, c3, c4, c6, c7), ids(kqgq01, own, 4));
        assertEquals(Set.of(c4), ids(kqgq01, own, 9));
        assertEquals(5, kqgq01.drill(Q2, List.of(own), 3, new PageParams(0, 20)).totalItems());
        DrillItem i = kqgq01.drill(Q2, List.of(own), 26, new PageParams(0, 20)).items().get(0);
        assertEquals("CASE", i.recordType());
        assertEquals("HUY_SUA_QD_LAN_DAU", i.status());
        assertEquals("2026-05-15", i.date().toString());
        assertFalse(i.confidential());
        assertEquals(UUID.class, c5.getClass()); // c5 counted nowhere: checked by the totals above
    }

    @Test
    @TestTransaction
    void denunciations03() {
        Fixtures.Tree t = fixtures.tree();
        UUID own = t.own().id();
        UUID d1 = denunciationAccepted(own, "2026-01-20", "2026-02-01", null, null); // carried over, open
        UUID d2 = denunciationAccepted(own, "2026-02-20", "2026-03-01", null, null); // carried over, concluded
        data.decide(d2, own, new D("CONCLUSION", "CONCLUDE", "VERIFYING", "CONCLUDED", "2026-04-10")
                .result("DUNG", true).recover("5", null));
        UUID d3 = denunciationAccepted(own, "2026-03-25", "2026-04-01", null, d1); // repeat (linked case)
        data.decide(d3, own, new D("CONCLUSION", "CONCLUDE", "DRAFT_CONCLUSION", "CONCLUDED", "2026-05-01")
                .result("SAI", false));
        UUID d4 = denunciationAccepted(own, "2026-03-26", "2026-04-02", null, null); // withdrawn in full
        data.decide(d4, own, new D("WITHDRAWAL", "WITHDRAW", "VERIFYING", "TERMINATED", "2026-04-10")
                .fullWithdrawal());
        UUID d5 = denunciationAccepted(own, "2026-03-27", "2026-04-03", null, null); // terminated: deceased
        data.decide(d5, own, new D("TERMINATION", "TERMINATE", "VERIFYING", "TERMINATED", "2026-04-20")
                .ground("TC_ART34_2_DECEASED"));
        UUID d6 = denunciationAccepted(own, "2026-03-28", "2026-04-04", null, null); // terminated: withdrawn
        data.decide(d6, own, new D("TERMINATION", "TERMINATE", "VERIFYING", "TERMINATED", "2026-04-21")
                .ground("TC_ART34_2_WITHDRAWN"));
        P repeatPetition = data.save(new P(own, TC, "2026-03-29").decided("2026-03-30", "XU_LY_THONG_TIN_TO_CAO",
                true, true).prior("DA_GIAI_QUYET_LAN_DAU"));
        UUID d7 = denunciationAccepted(own, "2026-03-29", "2026-04-05", repeatPetition, null); // repeat (petition)
        data.decide(d7, own, new D("CONCLUSION", "CONCLUDE", "VERIFYING", "CONCLUDED", "2026-05-05")
                .result("CO_DUNG_CO_SAI", true).giveBack("7", null, 2, 1));
        UUID d8 = denunciationAccepted(own, "2025-12-20", "2026-01-01", null, null); // all before the window
        data.decide(d8, own, new D("CONCLUSION", "CONCLUDE", "VERIFYING", "CONCLUDED", "2026-03-01")
                .result("DUNG", true));

        BigDecimal[] row = kqgq03.compute(Q2, List.of(own)).get(own);
        assertRow("03/KQGQ", row,
                "7", "2", "5", "7", "2", // 1-5
                "6", "1", "2", "2", "1", // 6-10 resolved
                "5", "0", "0", "0", "7", "0", "2", "1", // 11-18 recovered, returned, restored
                "0", "0", "0", "0", "0", // 19-23 sanctions, investigation
                "1", "0", "1", "1", "1", "1", // 24-29 analysis
                "2", "1"); // 30-31 on time / late
        assertChecks(Kqgq03Calculator.DEFINITION, row);

        assertEquals(Set.of(d4, d6), ids(kqgq03, own, 9));
        assertEquals(Set.of(d3, d7), ids(kqgq03, own, 5));
        assertEquals(Set.of(d1, d2), ids(kqgq03, own, 2));
        assertFalse(ids(kqgq03, own, 1).contains(d8));
        for (DrillItem i : kqgq03.drill(Q2, List.of(own), 6, new PageParams(0, 50)).items()) {
            assertTrue(i.confidential());
            assertNull(i.title());
        }
    }
}
