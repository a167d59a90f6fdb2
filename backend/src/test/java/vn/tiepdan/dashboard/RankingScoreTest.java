package vn.tiepdan.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking score (proposed model KPI weights) and the BSVND obligation (Công văn 1572, 10549 UBND Đồng Nai). */
class RankingScoreTest {
    @Test
    void weightsAndMissingRates() {
        assertEquals(100.0, RankingScore.score(1.0, 1.0, 1.0));
        assertEquals(50.0, RankingScore.score(1.0, 0.0, 0.0));
        assertEquals(31.8, RankingScore.score(0.1364, 0.5, 0.5));
        // No notice due: 0.5 and 0.3 rescaled to 0.8.
        assertEquals(40.3, RankingScore.score(0.0455, 1.0, null));
        assertNull(RankingScore.score(null, null, null));
        assertNull(RankingScore.rate(3, 0));
        assertEquals(0.6667, RankingScore.rate(2, 3));
        assertEquals(1.0, RankingScore.rate(5, 3));
    }

    @Test
    void competitionRanksAmongSiblings() {
        assertEquals(Arrays.asList(2, 1, 2, null, 4), RankingScore.ranks(Arrays.asList(50.0, 80.0, 50.0, null, 10.0)));
        assertEquals(List.of(), RankingScore.ranks(List.of()));
    }

    @Test
    void bsvndObligation() {
        assertTrue(BsvndObligation.obliged("COMMUNE_PEOPLES_COMMITTEE", false));
        assertTrue(BsvndObligation.obliged("DEPARTMENT", true));
        assertFalse(BsvndObligation.obliged("DEPARTMENT", false));
        assertFalse(BsvndObligation.obliged("PARTY_BOARD", true));
        assertFalse(BsvndObligation.obliged("PROVINCIAL_PEOPLES_COMMITTEE", true));
    }
}
