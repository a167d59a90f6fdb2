package vn.tiepdan.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import vn.tiepdan.shared.api.Violations;

/**
 * A resolution decision or conclusion names its document number, signing date and signer, a result from the
 * allowed set, and non-negative remedy figures (the report forms count them).
 */
// Luật Khiếu nại 2011, Điều 31, 40 (nội dung quyết định giải quyết); Luật Tố cáo 2018, Điều 35 (kết luận nội dung tố cáo).
public final class DecisionFieldsRule {
    private DecisionFieldsRule() {
    }

    public static void check(String docNo, LocalDate signedOn, String signerName, String result, Set<String> results,
            Violations v) {
        v.require(docNo, "docNo");
        v.require(signedOn, "signedOn");
        v.require(signerName, "signerName");
        if (v.require(result, "result") && !results.contains(result)) {
            v.add("result", "INVALID", "cases.result.invalid", String.join(", ", results.stream().sorted().toList()));
        }
    }

    public static void nonNegative(BigDecimal value, String field, Violations v) {
        if (value != null && value.signum() < 0) {
            v.add(field, "NEGATIVE", "cases.remedy.negative");
        }
    }

    public static void nonNegative(Integer value, String field, Violations v) {
        if (value != null && value < 0) {
            v.add(field, "NEGATIVE", "cases.remedy.negative");
        }
    }
}
