package vn.tiepdan.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dashboard's ranking score of a unit (model KPI of Công văn 1572/10549, proposed weights, not a legal rule):
 * {@code score = 100 × (0.5 × heldShare + 0.3 × onTimeRate + 0.2 × noticeCompliance)}. A rate whose denominator is
 * zero (nothing required, nothing resolved, no notice due) is left out and the remaining weights are scaled up to
 * 100 %; with no rate at all the score is null and the unit is not ranked. Rank among siblings: highest score first,
 * equal scores share a rank (1, 2, 2, 4), unranked units last with rank null.
 */
public final class RankingScore {
    public static final double W_HELD = 0.5;
    public static final double W_ON_TIME = 0.3;
    public static final double W_NOTICE = 0.2;
    public static final String FORMULA = "100 × (0.5 × heldShare + 0.3 × onTimeRate + 0.2 × noticeCompliance); "
            + "a rate with no denominator is left out and the other weights are rescaled";

    private RankingScore() {
    }

    /** The score 0–100 rounded to one decimal, or null. */
    public static Double score(Double heldShare, Double onTimeRate, Double noticeCompliance) {
        double sum = 0;
        double weights = 0;
        if (heldShare != null) {
            sum += W_HELD * heldShare;
            weights += W_HELD;
        }
        if (onTimeRate != null) {
            sum += W_ON_TIME * onTimeRate;
            weights += W_ON_TIME;
        }
        if (noticeCompliance != null) {
            sum += W_NOTICE * noticeCompliance;
            weights += W_NOTICE;
        }
        if (weights == 0) {
            return null;
        }
        return Math.round(1000.0 * sum / weights) / 10.0;
    }

    /** Competition ranks (1, 2, 2, 4) of the scores, in input order; null scores get null. */
    public static List<Integer> ranks(List<Double> scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i) != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> scores.get(i)).reversed());
        Integer[] ranks = new Integer[scores.size()];
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            ranks[i] = k > 0 && scores.get(order.get(k - 1)).equals(scores.get(i)) ? ranks[order.get(k - 1)] : k + 1;
        }
        return java.util.Arrays.asList(ranks);
    }

    /** numerator ÷ denominator rounded to 4 decimals, capped at 1; null when the denominator is 0. */
    public static Double rate(long numerator, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        return Math.min(1.0, Math.round(10000.0 * numerator / denominator) / 10000.0);
    }
}
