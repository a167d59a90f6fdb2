package vn.tiepdan.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.shared.text.VietnameseText;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/**
 * A denouncer's identity (Luật TC Art. 9(1)(b); DOMAIN.md §8.1) appears in no answer of any visit endpoint, for any
 * role, and in no table in plaintext (the identity vault keeps it sealed); only the custodian's audited reveal
 * returns it.
 */
@QuarkusTest
class DenouncerConfidentialityTest {
    private static final String NAME = "Trịnh Bảo Mật Zeta";
    private static final String ID = "075190012345";
    private static final String ADDRESS = "Số 77 hẻm Bí Ẩn Zeta, khu phố 9";
    private static final String PHONE = "0988776655";
    /** Every planted value, also folded (search keys) and in NFD. */
    private static final List<String> SECRETS = List.of(NAME, ID, ADDRESS, PHONE, VietnameseText.fold(NAME),
            VietnameseText.fold(ADDRESS), java.text.Normalizer.normalize(NAME, java.text.Normalizer.Form.NFD),
            "Zeta", "zeta", "0988 776");

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private final List<String> checked = new ArrayList<>();

    private Response clean(String what, Response response) {
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertFalse(body.contains(secret), what + " answered the denouncer's identity: " + secret);
            for (Header h : response.getHeaders()) {
                assertFalse(h.getValue().contains(secret), what + " header " + h.getName() + " carries it");
            }
        }
        checked.add(what);
        return response;
    }

    /** The text of every cell of the workbook (compressed XML cannot be searched as bytes). */
    private static String cells(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n'))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    @Test
    @TestSecurity(user = "canbo.secret")
    void theDenouncerIsNeverAnsweredAndKeptOnlyInTheReservedTable() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("canbo.secret", unit.code(), "reception_officer");
        var denouncer = VisitApi.party("VISITOR", NAME, ID, ADDRESS);
        denouncer.put("phone", PHONE);
        var body = VisitApi.with(VisitApi.person(unit.id(), NAME, null, null, "TO_CAO",
                "Tố cáo cán bộ địa chính nhận tiền"), "parties", List.of(denouncer), "handlingDirection", "THU_LY",
                "fieldCode", "THAM_NHUNG");
        Response created = clean("create", given().header("Idempotency-Key", "secret-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(body).post("/api/v1/visits"));
        created.then().statusCode(201).body("confidential", equalTo(true)).body("partiesMasked", equalTo(true))
                .body("parties", hasSize(0)).body("displayName", equalTo(VisitDtos.MASKED_NAME));
        String id = created.path("id");
        // Mixed content with a denunciation is confidential as well.
        clean("create mixed", VisitApi.create(VisitApi.with(body, "classification", "NHIEU_NOI_DUNG", "mixedKinds",
                List.of("KHIEU_NAI", "TO_CAO")))).then().statusCode(201).body("confidential", equalTo(true));
        clean("bad create", VisitApi.create(VisitApi.with(body, "receivedAt", "2031-01-01T00:00:00Z",
                "parties", List.of(VisitApi.party("VISITOR", NAME, "999190012345", ADDRESS))))).then().statusCode(400);

        int version = created.path("version");
        clean("patch", given().contentType(ContentType.JSON).body(Map.of("version", version, "notes",
                "Đã chuyển Thanh tra")).patch("/api/v1/visits/" + id)).then().statusCode(200);
        version++;
        clean("patch parties", given().contentType(ContentType.JSON).body(Map.of("version", version, "parties",
                List.of(denouncer))).patch("/api/v1/visits/" + id)).then().statusCode(200);
        version++;
        clean("stale patch", given().contentType(ContentType.JSON).body(Map.of("version", 0, "parties",
                List.of(denouncer))).patch("/api/v1/visits/" + id)).then().statusCode(409);
        clean("bad patch", given().contentType(ContentType.JSON).body(Map.of("version", version, "parties",
                List.of(VisitApi.party("VISITOR", NAME, "999190012345", ADDRESS)))).patch("/api/v1/visits/" + id))
                .then().statusCode(400);
        clean("unlocking patch", given().contentType(ContentType.JSON).body(Map.of("version", version,
                "classification", "KHIEU_NAI")).patch("/api/v1/visits/" + id)).then().statusCode(409);
        clean("case link", given().contentType(ContentType.JSON).body(Map.of("version", version, "caseId",
                fixtures.caseIn(unit.id()).toString())).post("/api/v1/visits/" + id + "/case-link")).then().statusCode(200);
        version++;
        clean("result notice", given().contentType(ContentType.JSON).body(Map.of("version", version, "sentAt",
                "2026-11-21T03:00:00Z", "kind", "DA_THU_LY")).post("/api/v1/visits/" + id + "/result-notice"))
                .then().statusCode(200);

        for (String role : List.of("reception_officer", "unit_leader", "inspector")) {
            Caller.as("secret." + role, unit.code(), role);
            clean(role + " list", given().queryParam("unit", unit.id()).get("/api/v1/visits")).then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.displayName", equalTo(VisitDtos.MASKED_NAME));
            for (String q : List.of(NAME, "trinh bao mat", "zeta", PHONE, ID)) {
                clean(role + " search", given().queryParam("unit", unit.id()).queryParam("q", q)
                        .get("/api/v1/visits")).then().statusCode(200).body("totalItems", equalTo(0));
            }
            clean(role + " detail", given().get("/api/v1/visits/" + id)).then().statusCode(200)
                    .body("parties", hasSize(0)).body("idNumber", equalTo(null)).body("address", equalTo(null));
            clean(role + " lookup by id", given().queryParam("idNumber", ID).get("/api/v1/visits/lookup")).then()
                    .statusCode(200).body("matches[0].displayName", equalTo(VisitDtos.MASKED_NAME))
                    .body("matches[0].confidential", equalTo(true)).body("matches[0].visitId", equalTo(null));
            clean(role + " lookup by name", given().queryParam("fullName", NAME).queryParam("address", ADDRESS)
                    .get("/api/v1/visits/lookup")).then().statusCode(200).body("matches.size()", equalTo(2));
            clean(role + " reveal", given().contentType(ContentType.JSON).body(Map.of("purpose",
                    "Xác minh nội dung tố cáo")).post("/api/v1/visits/" + id + "/identity/reveal")).then()
                    .statusCode(403);
            for (String format : List.of("xlsx", "pdf")) {
                Response file = clean(role + " export " + format, given().queryParam("format", format)
                        .queryParam("unit", unit.id()).get("/api/v1/visits/export"));
                if (file.statusCode() == 200 && format.equals("xlsx")) {
                    String cells = cells(file.asByteArray());
                    assertTrue(cells.contains(VisitDtos.MASKED_NAME), cells);
                    SECRETS.forEach(secret -> assertFalse(cells.contains(secret), "the book shows " + secret));
                }
            }
        }
        assertTrue(checked.size() > 40, "every endpoint was called: " + checked);

        Caller.as("secret.custodian", unit.code(), "confidential_custodian");
        clean("custodian detail", given().get("/api/v1/visits/" + id)).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("REVEAL_IDENTITY")));
        clean("reveal without purpose", given().contentType(ContentType.JSON).body(Map.of("purpose", "xem"))
                .post("/api/v1/visits/" + id + "/identity/reveal")).then().statusCode(400);
        // The SPA sends an Idempotency-Key with every POST: the revealed identity must not be kept for replays.
        given().header("Idempotency-Key", "reveal-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Map.of("purpose", "Xác minh theo yêu cầu của Chánh Thanh tra"))
                .post("/api/v1/visits/" + id + "/identity/reveal").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("parties[0].fullName", equalTo(NAME)).body("parties[0].idNumber", equalTo(ID))
                .body("parties[0].phone", equalTo(PHONE)).body("parties[0].addressAsWritten", equalTo(ADDRESS));
        Object[] event = (Object[]) em.createNativeQuery("select reason, cast(details as text), actor from audit_event "
                + "where entity_id = ?1 and action = 'VIEW' order by seq desc limit 1").setParameter(1, id)
                .getSingleResult();
        assertEquals("Xác minh theo yêu cầu của Chánh Thanh tra", event[0]);
        assertEquals("secret.custodian", event[2]);
        assertTrue(String.valueOf(event[1]).contains("REVEAL_IDENTITY"));

        // The database: the planted identity is in no column in plaintext; the vault keeps it sealed (AES-GCM).
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb', "
                + "'json')").getResultList();
        assertTrue(columns.size() > 50);
        java.util.Map<String, List<String>> byTable = new java.util.TreeMap<>();
        columns.forEach(c -> byTable.computeIfAbsent((String) c[0], t -> new ArrayList<>()).add("cast(\"" + c[1]
                + "\" as text)"));
        List<String> leaks = new ArrayList<>();
        byTable.forEach((table, cols) -> {
            String all = "concat_ws(chr(1), " + String.join(", ", cols) + ")";
            for (String secret : SECRETS) {
                Number n = (Number) em.createNativeQuery("select count(*) from \"" + table + "\" where strpos(" + all
                        + ", ?1) > 0").setParameter(1, secret).getSingleResult();
                if (n.intValue() > 0) {
                    leaks.add(table + " holds " + secret);
                }
            }
        });
        assertEquals(List.of(), leaks);
        @SuppressWarnings("unchecked")
        List<Object[]> binary = em.createNativeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = 'public' and data_type = 'bytea'").getResultList();
        assertTrue(binary.size() >= 3);
        for (Object[] c : binary) {
            for (String secret : SECRETS) {
                Number n = (Number) em.createNativeQuery("select count(*) from \"" + c[0] + "\" where position("
                        + "convert_to(?1, 'UTF8') in \"" + c[1] + "\") > 0").setParameter(1, secret).getSingleResult();
                assertEquals(0, n.intValue(), c[0] + "." + c[1] + " holds " + secret + " in plaintext");
            }
        }
        Number kept = (Number) em.createNativeQuery("select count(*) from identity_vault_entry").getSingleResult();
        assertTrue(kept.intValue() >= 2, "the vault keeps the denouncers");
        Number legacy = (Number) em.createNativeQuery("select count(*) from confidential_visit_party").getSingleResult();
        assertEquals(0, legacy.intValue(), "the legacy intake table is empty");
    }
}
