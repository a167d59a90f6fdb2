package vn.tiepdan.cases;

import java.util.List;
import java.util.Set;

/** A denunciation is complex with one criterion and very complex with two or more. */
// NĐ 31/2019/NĐ-CP, Điều 3 (vụ việc phức tạp, đặc biệt phức tạp).
public final class ComplexityRule {
    /** ComplexityCriterion codes (DOMAIN.md Appendix B, NĐ 31/2019 Art. 3(2)). */
    public static final Set<String> CRITERIA = Set.of("MULTI_LOCATION", "MULTI_CONTENT", "MANY_DENOUNCERS_OR_AFFECTED",
            "FOREIGN_ELEMENT", "MULTI_AGENCY_RESPONSIBILITY", "AGENCIES_DISAGREE", "CONFLICTING_EVIDENCE");

    public record Complexity(boolean complex, boolean veryComplex) {
    }

    private ComplexityRule() {
    }

    /** True when every code is a known criterion. */
    public static boolean known(List<String> criteria) {
        return criteria == null || CRITERIA.containsAll(criteria);
    }

    public static Complexity of(List<String> criteria) {
        long n = criteria == null ? 0 : criteria.stream().distinct().count();
        return new Complexity(n >= 1, n >= 2);
    }
}
