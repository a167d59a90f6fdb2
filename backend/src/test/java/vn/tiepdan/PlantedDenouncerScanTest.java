package vn.tiepdan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.text.VietnameseText;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/**
 * DOMAIN.md §8.1 (Luật Tố cáo 2018, Điều 9(1)(b), 56): plants a unique denouncer (name, ID number, address, phone,
 * also typed into the free texts) through the API into a denunciation visit, petition and case, then calls EVERY
 * GET operation of the OpenAPI document (and the list searches for the planted name and ID, the lookups and the
 * exports) as every role, and scans every body (JSON, XLSX cells, PDF text) and header, every text/jsonb/bytea column
 * of the database, and the application log. Only the custodian's audited reveal (a POST, not crawled) may carry it.
 */
@QuarkusTest
class PlantedDenouncerScanTest {
    static final String NAME = "Hoàng Thị Planted Ômega";
    static final String ID = "075191777123";
    static final String ADDRESS = "Số 12 ngõ Ẩn Danh Ômega, khu phố 4";
    static final String PHONE = "0977123999";
    static final List<String> SECRETS = List.of(NAME, ID, ADDRESS, PHONE, VietnameseText.fold(NAME),
            VietnameseText.fold(ADDRESS), Normalizer.normalize(NAME, Normalizer.Form.NFD), "omega", "0977 123",
            "075 191 777");
    private static final Path LOG = Path.of("target", "quarkus-test.log");

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    private final List<String> leaks = new ArrayList<>();
    private int scanned;

    @Test
    @TestSecurity(user = "canbo.planted")
    void theDenouncerIsNowhereButInTheVault() throws IOException {
        Map<String, String> ids = plant();
        JsonNode paths = json.readTree(given().accept(ContentType.JSON).get("/q/openapi?format=json").asString())
                .get("paths");
        List<String> roles = new ArrayList<>(Roles.ALL);
        for (String role : roles) {
            Caller.as("scan." + role, "DN-TRANBIEN", role);
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                JsonNode get = path.getValue().get("get");
                if (get == null || !(path.getKey().startsWith("/api/") || path.getKey().startsWith("/public/"))) {
                    continue;
                }
                for (String url : urls(path.getKey(), get, ids)) {
                    scan(role + " GET " + url, given().get(url));
                }
            }
        }
        // The case's documents (the redacted copy made for the verifier), downloaded by its unit.
        Caller.as("scan.leader", "DN-TRANBIEN", Roles.UNIT_LEADER);
        List<String> documents = given().get("/api/v1/cases/" + ids.get("cases") + "/documents").path("id");
        assertTrue(!documents.isEmpty(), "the verification assignment made a redacted copy");
        for (String doc : documents) {
            scan("GET document " + doc, given().get("/api/v1/cases/" + ids.get("cases") + "/documents/" + doc
                    + "/content"));
        }
        assertTrue(scanned > 200, "the crawl reached " + scanned + " answers");
        assertEquals(List.of(), leaks);

        // The database: nowhere in plaintext, not even in binary columns; the vault keeps it sealed.
        List<String> inDatabase = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("select table_name, column_name, data_type from "
                + "information_schema.columns where table_schema = 'public' and data_type in ('text', 'character "
                + "varying', 'character', 'jsonb', 'json', 'bytea')").getResultList();
        for (Object[] c : columns) {
            boolean binary = "bytea".equals(c[2]);
            for (String secret : SECRETS) {
                String where = binary ? "position(convert_to(?1, 'UTF8') in \"" + c[1] + "\") > 0"
                        : "strpos(cast(\"" + c[1] + "\" as text), ?1) > 0";
                Number n = (Number) em.createNativeQuery("select count(*) from \"" + c[0] + "\" where " + where)
                        .setParameter(1, secret).getSingleResult();
                if (n.intValue() > 0) {
                    inDatabase.add(c[0] + "." + c[1] + " holds " + secret);
                }
            }
        }
        assertEquals(List.of(), inDatabase);

        // The application log of this test run.
        assertTrue(Files.exists(LOG), "the test profile writes " + LOG);
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        String foldedLog = VietnameseText.fold(log);
        for (String secret : SECRETS) {
            assertTrue(!log.contains(secret) && !foldedLog.contains(VietnameseText.fold(secret)),
                    "the application log carries " + secret);
        }
    }

    /** Creates the planted denunciation through the API; returns the ids the crawl substitutes. */
    private Map<String, String> plant() {
        Caller.as("canbo.planted", "DN-TRANBIEN", Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER);
        Map<String, Object> person = new HashMap<>();
        person.put("role", "VISITOR");
        person.put("fullName", NAME);
        person.put("idDocType", "CCCD");
        person.put("idNumber", ID);
        person.put("addressAsWritten", ADDRESS);
        person.put("phone", PHONE);
        Map<String, Object> visit = new HashMap<>();
        visit.put("orgUnitId", Fixtures.TRANBIEN.toString());
        visit.put("receivedAt", "2026-11-20T08:15:00+07:00");
        visit.put("partyKind", "PERSON");
        visit.put("parties", List.of(person));
        visit.put("classification", "TO_CAO");
        visit.put("fieldCode", "THAM_NHUNG");
        visit.put("contentSummary", "Tôi là " + NAME + ", CCCD " + ID + ", ở " + ADDRESS + ", ĐT " + PHONE
                + ", tố cáo cán bộ địa chính nhận tiền");
        visit.put("visitorRequest", "Đề nghị giữ bí mật cho " + NAME);
        visit.put("withPetition", true);
        visit.put("handlingDirection", "THU_LY");
        Response created = given().header("Idempotency-Key", "planted-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(visit).post("/api/v1/visits");
        scan("create visit", created);
        created.then().statusCode(201);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("visits", created.path("id"));
        // A denunciation petition with the identity typed into its content as well.
        Map<String, Object> petitioner = new HashMap<>();
        petitioner.put("role", "PETITIONER");
        petitioner.put("fullName", NAME);
        petitioner.put("idDocType", "CCCD");
        petitioner.put("idNumber", ID);
        petitioner.put("address", ADDRESS);
        petitioner.put("phone", PHONE);
        Map<String, Object> petition = new HashMap<>();
        petition.put("unitId", Fixtures.TRANBIEN.toString());
        petition.put("receivedOn", "2026-11-20");
        petition.put("source", "BUU_CHINH");
        petition.put("classification", "TO_CAO");
        petition.put("petitioners", List.of(petitioner));
        petition.put("content", "Tôi " + NAME + " (CCCD " + ID + ", " + ADDRESS + ") tố cáo cán bộ X nhận hối lộ");
        petition.put("respondent", "Cán bộ X");
        Response p = given().header("Idempotency-Key", "planted-p-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(petition).post("/api/v1/petitions");
        scan("create petition", p);
        p.then().statusCode(201);
        ids.put("petitions", p.path("id"));

        // A case opened from the visit, registered, accepted and given to a verifier (a redacted copy is made).
        Response c = given().contentType(ContentType.JSON).body(Map.of("visitId", ids.get("visits")))
                .post("/api/v1/cases");
        scan("open case", c);
        c.then().statusCode(201);
        String caseId = c.path("id");
        ids.put("cases", caseId);
        int opened = c.path("version");
        Response step = given().contentType(ContentType.JSON).body(Map.of("version", opened))
                .post("/api/v1/cases/" + caseId + "/register");
        scan("register", step);
        int version = step.path("version");
        step = given().contentType(ContentType.JSON).body(Map.of("version", version, "docNo", "9/QĐ-TL",
                "signedOn", "2026-11-23", "complexityCriteria", List.of())).post("/api/v1/cases/" + caseId + "/accept");
        scan("accept", step);
        version = step.path("version");
        step = given().contentType(ContentType.JSON).body(Map.of("version", version,
                "verifierUsername", "xuly.tranbien", "docNo", "10/QĐ-XM", "signedOn", "2026-11-24"))
                .post("/api/v1/cases/" + caseId + "/assign-verification");
        scan("assign verification", step);
        step.then().statusCode(200);
        return ids;
    }

    /** The URLs to call for one GET operation: path ids substituted, required and searching parameters filled. */
    private static List<String> urls(String template, JsonNode get, Map<String, String> ids) {
        String feature = template.replaceFirst("^/(api|public)/v1/", "").replaceFirst("/.*", "");
        String url = template;
        if (url.contains("{")) {
            String id = ids.get(feature);
            if (id == null || url.indexOf('{') != url.lastIndexOf('{')) {
                return List.of();
            }
            url = url.replaceFirst("\\{[^}]+}", id);
        }
        List<String> params = new ArrayList<>();
        JsonNode parameters = get.get("parameters");
        if (parameters != null) {
            parameters.forEach(p -> params.add(p.get("name").asText()));
        }
        // Report and dashboard operations need a period (and a cell for the drill-down): the year of the planting.
        List<String> extra = new ArrayList<>();
        if (params.contains("period")) {
            extra.add("period=2026-Y");
        }
        if (params.contains("year")) {
            extra.add("year=2026");
        }
        if (params.contains("column")) {
            extra.add("column=1&rowKind=TOTAL&row=" + Fixtures.TRANBIEN);
        }
        if (!extra.isEmpty()) {
            List<String> withPeriod = new ArrayList<>();
            for (String u : urls(url, params)) {
                withPeriod.add(u + (u.contains("?") ? "&" : "?") + String.join("&", extra));
            }
            return withPeriod;
        }
        return urls(url, params);
    }

    private static List<String> urls(String url, List<String> params) {
        List<String> urls = new ArrayList<>();
        if (params.contains("format")) {
            urls.add(url + "?format=xlsx&unit=" + Fixtures.TRANBIEN);
            urls.add(url + "?format=pdf&unit=" + Fixtures.TRANBIEN);
            return urls;
        }
        urls.add(url);
        if (params.contains("q")) {
            urls.add(url + "?q=" + enc(NAME));
            urls.add(url + "?q=" + ID);
            urls.add(url + "?q=omega");
        }
        if (params.contains("idNumber")) {
            urls.add(url + "?idNumber=" + ID);
        }
        if (params.contains("fullName")) {
            urls.add(url + "?fullName=" + enc(NAME));
            urls.add(url + "?fullName=" + enc(NAME) + "&address=" + enc(ADDRESS));
        }
        if (params.contains("unit") && !url.contains("?")) {
            urls.add(url + "?unit=" + Fixtures.TRANBIEN);
        }
        return urls;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void scan(String what, Response response) {
        scanned++;
        byte[] bytes = response.asByteArray();
        String type = String.valueOf(response.getContentType());
        String text;
        if (type.contains("spreadsheetml")) {
            text = unzipped(bytes);
        } else if (type.contains("pdf")) {
            text = pdfText(bytes);
        } else {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder(text);
        for (Header h : response.getHeaders()) {
            all.append('\n').append(h.getValue());
        }
        String folded = VietnameseText.fold(all.toString());
        for (String secret : SECRETS) {
            if (all.indexOf(secret) >= 0 || folded.contains(VietnameseText.fold(secret))) {
                leaks.add(what + " (" + response.statusCode() + ") carries " + secret);
            }
        }
    }

    /** Every cell of the workbook (compressed XML cannot be searched as bytes). */
    private static String unzipped(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n'))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String pdfText(byte[] pdf) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
