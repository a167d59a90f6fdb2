package vn.tiepdan.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.report.FormColumn;
import vn.tiepdan.report.FormDefinition;
import vn.tiepdan.report.FormResult;
import vn.tiepdan.report.FormRow;
import vn.tiepdan.report.PeriodView;
import vn.tiepdan.report.ValueUnit;

class SnapshotHasherTest {
    static final UUID UNIT = UUID.fromString("00000000-0000-4000-8000-000000000006");
    static final PeriodView PERIOD = new PeriodView("2026-Q1", "Q1", LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 3, 14), "Quý I năm 2026", LocalDate.of(2026, 3, 18));

    static FormResult form(Instant generatedAt, BigDecimal... values) {
        FormDefinition def = new FormDefinition("01-TEST", "01/TEST", "TT01-2024", "BIỂU THỬ", "test",
                List.of(new FormColumn(1, List.of("Tổng"), ValueUnit.COUNT, "2+3"),
                        new FormColumn(2, List.of("Chi tiết", "A"), ValueUnit.COUNT, null),
                        new FormColumn(3, List.of("Chi tiết", "B"), ValueUnit.MILLION_VND, null)),
                List.of("1=2+3"));
        FormRow own = new FormRow("OWN", UNIT, "DN-TRANBIEN", "UBND phường Trấn Biên", List.of(values));
        FormRow total = new FormRow("TOTAL", UNIT, "DN-TRANBIEN", "Tổng cộng", List.of(values));
        return new FormResult(def, UNIT, "DN-TRANBIEN", "UBND phường Trấn Biên", PERIOD, List.of(own, total),
                List.of(), true, generatedAt);
    }

    static ObjectNode snapshot(FormResult f, String results) {
        return SnapshotHasher.snapshot(UNIT.toString(), "DN-TRANBIEN", "UBND phường Trấn Biên", PERIOD, List.of(f),
                new SnapshotHasher.Narrative(results, null, null, null, "12/BC-UBND", "Trần Văn Hùng", "Chủ tịch"));
    }

    @Test
    void keysAreSortedFiguresArePlainStringsAndTheTimeIsLeftOut() {
        ObjectNode s = snapshot(form(Instant.parse("2026-04-01T00:00:00Z"), new BigDecimal("3"), new BigDecimal("1"),
                new BigDecimal("2.50")), "Kết quả");
        String text = SnapshotHasher.canonicalText(s);
        assertTrue(text.startsWith("{\"docNo\":\"12/BC-UBND\",\"forms\":[{\"code\":\"01-TEST\",\"rows\":[{\"kind\":"
                + "\"OWN\",\"label\":"), text);
        assertTrue(text.contains("\"values\":[\"3\",\"1\",\"2.5\"]"), text);
        assertFalse(text.contains("generatedAt"));
        assertFalse(text.contains("2026-04-01T"));
        assertFalse(text.contains(" :") || text.contains(", "), "no whitespace between tokens");
        assertTrue(text.contains("Trấn Biên"), "UTF-8 text kept as is");
    }

    @Test
    void theSameFiguresGiveTheSameHashWhateverTheTimeScaleOrKeyOrder() throws Exception {
        String a = SnapshotHasher.hash(snapshot(form(Instant.parse("2026-04-01T00:00:00Z"), new BigDecimal("3"),
                new BigDecimal("1"), new BigDecimal("2.50")), "Kết quả"));
        String b = SnapshotHasher.hash(snapshot(form(Instant.parse("2026-11-28T08:00:00Z"), new BigDecimal("3.0"),
                new BigDecimal("1"), new BigDecimal("2.5")), "Kết quả"));
        assertEquals(a, b);
        assertEquals(64, a.length());
        assertTrue(a.matches("[0-9a-f]{64}"));
        // stored as jsonb (keys reordered) and read back: the same canonical bytes
        ObjectNode s = snapshot(form(null, new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("2.5")), "Kết quả");
        ObjectNode reordered = (ObjectNode) new ObjectMapper().readTree("{\"unit\":" + s.get("unit") + ",\"signer\":"
                + s.get("signer") + ",\"period\":" + s.get("period") + ",\"narrative\":" + s.get("narrative")
                + ",\"forms\":" + s.get("forms") + ",\"docNo\":" + s.get("docNo") + "}");
        assertEquals(a, SnapshotHasher.hash(reordered));
    }

    @Test
    void anyChangedFigureOrTextChangesTheHash() {
        String a = SnapshotHasher.hash(snapshot(form(null, new BigDecimal("3"), new BigDecimal("1"),
                new BigDecimal("2")), "Kết quả"));
        String b = SnapshotHasher.hash(snapshot(form(null, new BigDecimal("4"), new BigDecimal("2"),
                new BigDecimal("2")), "Kết quả"));
        String c = SnapshotHasher.hash(snapshot(form(null, new BigDecimal("3"), new BigDecimal("1"),
                new BigDecimal("2")), "Kết quả khác"));
        assertNotEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void plainFigures() {
        assertEquals("0", SnapshotHasher.plain(new BigDecimal("0.000")));
        assertEquals("1200", SnapshotHasher.plain(new BigDecimal("1.2E+3")));
        assertEquals("0.5", SnapshotHasher.plain(new BigDecimal("0.50")));
        assertEquals("0", SnapshotHasher.plain(null));
    }

    @Test
    void differencesNameTheCells() {
        ObjectNode before = snapshot(form(null, new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("2")), "x");
        ObjectNode after = snapshot(form(null, new BigDecimal("4"), new BigDecimal("2"), new BigDecimal("2")), "x");
        List<String> d = SubmissionService.differences((com.fasterxml.jackson.databind.node.ArrayNode) before
                .get("forms"), (com.fasterxml.jackson.databind.node.ArrayNode) after.get("forms"));
        assertTrue(d.contains("01-TEST DN-TRANBIEN OWN col 1: 3 → 4"), d.toString());
        assertTrue(d.contains("01-TEST DN-TRANBIEN TOTAL col 2: 1 → 2"), d.toString());
        assertEquals(4, d.size());
    }
}
