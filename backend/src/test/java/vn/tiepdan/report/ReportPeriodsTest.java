package vn.tiepdan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdan.shared.api.ProblemException;

/**
 * Report periods as seeded in V8 (TT 01/2024/TT-TTCP cut-offs 15th → 14th; the model's reports; months; ranges) and
 * bad input naming the field.
 */
@QuarkusTest
class ReportPeriodsTest {
    @Inject
    ReportPeriods periods;

    @ParameterizedTest(name = "{0}")
    @TestTransaction
    @CsvSource(delimiter = '|', textBlock = """
            2026-Q1       | Q1       | 2025-12-15 | 2026-03-14 | 2026-03-18 | Quý I năm 2026
            2026-Q2       | Q2       | 2026-03-15 | 2026-06-14 | 2026-06-18 | Quý II năm 2026
            2026-Q3       | Q3       | 2026-06-15 | 2026-09-14 | 2026-09-18 | Quý III năm 2026
            2026-Q4       | Q4       | 2026-09-15 | 2026-12-14 | 2026-12-18 | Quý IV năm 2026
            2026-H1       | H1       | 2025-12-15 | 2026-06-14 | 2026-06-18 | 6 tháng năm 2026
            2026-9M       | 9M       | 2025-12-15 | 2026-09-14 | 2026-09-18 | 9 tháng năm 2026
            2026-Y        | Y        | 2025-12-15 | 2026-12-14 | 2026-12-18 | Năm 2026
            2026-BSVND-H1 | BSVND_H1 | 2025-10-15 | 2026-04-14 | 2026-05-14 | 6 tháng năm 2026 (mô hình Buổi sáng với Nhân dân)
            2026-BSVND-Y  | BSVND_Y  | 2025-10-15 | 2026-10-14 | 2026-10-31 | Năm 2026 (mô hình Buổi sáng với Nhân dân)
            2026-03       | MONTH    | 2026-03-01 | 2026-03-31 | 2026-04-05 | Tháng 03/2026
            2026-02       | MONTH    | 2026-02-01 | 2026-02-28 | 2026-03-05 | Tháng 02/2026
            2026-12       | MONTH    | 2026-12-01 | 2026-12-31 | 2027-01-05 | Tháng 12/2026
            """)
    void everyKindHasItsWindowAndDueDate(String code, String kind, LocalDate from, LocalDate to, LocalDate due,
            String label) {
        ReportPeriod p = periods.parse(code);
        assertEquals(List.of(code, kind, from, to, due, label), List.of(p.code(), p.kind(), p.from(), p.to(),
                p.dueOn(), p.label()));
        assertEquals(p, periods.resolve(code, null, null));
    }

    @Test
    @TestTransaction
    void rangesAndMonths() {
        ReportPeriod r = periods.parse("2026-01-01..2026-03-31");
        assertEquals(ReportPeriod.RANGE, r.kind());
        assertNull(r.dueOn());
        assertEquals(r, periods.resolve(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertEquals("Từ ngày 01/01/2026 đến ngày 31/03/2026", r.label());
        assertEquals(LocalDate.of(2024, 2, 29), periods.month(YearMonth.of(2024, 2)).to());
        List<ReportPeriod> year = periods.ofYear(2026);
        assertEquals(21, year.size());
        assertEquals("2026-Q1", year.get(0).code());
        assertEquals("2026-01", year.get(9).code());
        assertEquals("2026-12", year.get(20).code());
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @TestTransaction
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-Q5                | -          | -          | period
            2026-13                | -          | -          | period
            2026-BSVND-Q1          | -          | -          | period
            1999-Q1                | -          | -          | period
            2026-02-30..2026-03-01 | -          | -          | period
            2026-03-01..2026-02-01 | -          | -          | to
            2026-Q1                | 2026-01-01 | -          | period
            -                      | -          | 2026-01-01 | from
            -                      | 2026-01-01 | -          | to
            -                      | 2026-02-01 | 2026-01-01 | to
            -                      | 2010-01-01 | 2026-12-31 | to
            """)
    void badInputNamesTheField(String period, LocalDate from, LocalDate to, String field) {
        ProblemException e = assertThrows(ProblemException.class, () -> periods.resolve(period, from, to));
        assertEquals(field, e.issues().get(0).field());
    }
}
