package vn.tiepdan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A form's printed cross-check (DOMAIN.md §7.3 item 5), e.g. {@code 1=4+13+22} or
 * {@code 6=8+9+10=11+12+13=14+18}: every side is a sum of columns and all sides must be equal in a row.
 */
public final class CrossCheck {
    private final String rule;
    private final List<int[]> sides;

    private CrossCheck(String rule, List<int[]> sides) {
        this.rule = rule;
        this.sides = sides;
    }

    /** Parses a rule written with column numbers; spaces are ignored. */
    public static CrossCheck parse(String written) {
        String rule = written.replace(" ", "");
        List<int[]> sides = new ArrayList<>();
        for (String side : rule.split("=")) {
            sides.add(Arrays.stream(side.split("\\+")).mapToInt(Integer::parseInt).toArray());
        }
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a check needs two sides: " + written);
        }
        return new CrossCheck(rule, List.copyOf(sides));
    }

    public String rule() {
        return rule;
    }

    /** The highest column the rule names. */
    public int maxColumn() {
        return sides.stream().flatMapToInt(Arrays::stream).max().orElse(0);
    }

    /** The failure for this row, or null when every side is equal. */
    public CheckResult.Failure evaluate(FormRow row) {
        List<String> cells = new ArrayList<>();
        BigDecimal first = null;
        boolean ok = true;
        for (int[] side : sides) {
            BigDecimal sum = BigDecimal.ZERO;
            StringBuilder name = new StringBuilder();
            for (int col : side) {
                BigDecimal v = col - 1 < row.values().size() ? row.values().get(col - 1) : null;
                sum = sum.add(v == null ? BigDecimal.ZERO : v);
                name.append(name.isEmpty() ? "" : "+").append(col);
            }
            cells.add(name + "=" + sum.toPlainString());
            if (first == null) {
                first = sum;
            } else if (first.compareTo(sum) != 0) {
                ok = false;
            }
        }
        if (ok) {
            return null;
        }
        String message = "Đơn vị " + row.unitCode() + " (" + row.label() + "): quy tắc " + rule
                + " không thỏa mãn: " + String.join(", ", cells);
        return new CheckResult.Failure(row.unitCode(), row.label(), List.copyOf(cells), message);
    }
}
