package vn.tiepdan.petition;

import vn.tiepdan.support.TestClock;
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
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.shared.text.VietnameseText;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/**
 * A denouncer's identity (Luật TC Art. 9(1)(b), 56; DOMAIN.md §8.1) planted in denunciation petitions, also in their
 * content, appears in no answer of any petition endpoint for any role and in no column of any table (the vault
 * keeps it sealed); only the custodian's audited reveal returns it.
 */
@QuarkusTest
class PetitionConfidentialityTest {
    private static final String NAME = "Quách Bảo Mật Omega";
    private static final String ID = "075190067890";
    private static final String ADDRESS = "Số 99 hẻm Kín Omega, khu phố 8";
    private static final String PHONE = "0977665544";
    private static final List<String> SECRETS = List.of(NAME, ID, ADDRESS, PHONE, VietnameseText.fold(NAME),
            VietnameseText.fold(ADDRESS), java.text.Normalizer.normalize(NAME, java.text.Normalizer.Form.NFD),
            "Omega", "omega", "0977 665");

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private final List<String> checked = new ArrayList<>();

    private Response clean(String what, Response response) {
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertFalse(body.contains(secret), what + " answered the denouncer's identity: " + secret + " in " + body);
            for (Header h : response.getHeaders()) {
                assertFalse(h.getValue().contains(secret), what + " header " + h.getName() + " carries it");
            }
        }
        checked.add(what);
        return response;
    }

    private static Map<String, Object> denouncer() {
        Map<String, Object> p = PetitionApi.person(NAME, ID, ADDRESS);
        p.put("phone", PHONE);
        return p;
    }

    private static Map<String, Object> denunciation(UUID unit, String classification) {
        return PetitionApi.with(PetitionApi.petition(unit, classification, NAME,
                "Tôi là " + NAME + ", CCCD số " + ID + ", ở " + ADDRESS + ", điện thoại 0977 665 544, tố cáo ông "
                        + "Trần Văn Bị nhận tiền khi cấp giấy chứng nhận"), "petitioners", List.of(denouncer()),
                "request", "Đề nghị xử lý; liên hệ " + NAME + " qua " + PHONE);
    }

    private Response as(String role, String unitCode) {
        Caller.as("secret." + role, unitCode, role);
        return null;
    }

    private int version(String id) {
        return PetitionApi.version(id);
    }

    @Test
    @TestSecurity(user = "secret.officer")
    void theDenouncerIsNeverAnsweredAndKeptOnlySealedInTheVault() {
        Fixtures.Tree tree = fixtures.tree();
        Fixtures.Unit unit = tree.own();
        as("reception_officer", unit.code());
        Response created = clean("create", given().header("Idempotency-Key", "secret-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(denunciation(unit.id(), "TO_CAO")).post("/api/v1/petitions"));
        created.then().statusCode(201).body("confidential", equalTo(true)).body("partyMasked", equalTo(true))
                .body("petitioners", hasSize(0)).body("displayName", equalTo(PetitionDtos.MASKED_LABEL))
                .body("petitionerCount", equalTo(1));
        String transfer = created.path("id");
        clean("create mixed", PetitionApi.create(PetitionApi.with(denunciation(unit.id(), "NHIEU_NOI_DUNG"),
                "mixedKinds", List.of("KHIEU_NAI", "TO_CAO")))).then().statusCode(201).body("confidential",
                        equalTo(true));
        String mixed = PetitionApi.create(PetitionApi.with(denunciation(unit.id(), "NHIEU_NOI_DUNG"), "mixedKinds",
                List.of("KHIEU_NAI", "TO_CAO"))).path("id");
        String accept = clean("create 3", PetitionApi.create(denunciation(unit.id(), "TO_CAO"))).path("id");
        String file = clean("create 4", PetitionApi.create(denunciation(unit.id(), "TO_CAO"))).path("id");
        // A petition received unclassified is not yet known to carry a denunciation (so not masked yet); when it is
        // classified TO_CAO its people move to the vault and its texts are redacted.
        String late = PetitionApi.create(denunciation(unit.id(), null)).then().statusCode(201).extract().path("id");
        clean("bad create", PetitionApi.create(PetitionApi.with(denunciation(unit.id(), "TO_CAO"), "receivedOn",
                "2031-01-01", "fieldCode", "NOPE"))).then().statusCode(400);

        clean("patch", given().contentType(ContentType.JSON).body(Map.of("version", version(transfer), "content",
                "Bổ sung: " + NAME + " cung cấp thêm ảnh", "petitioners", List.of(denouncer())))
                .patch("/api/v1/petitions/" + transfer)).then().statusCode(200);
        clean("stale patch", given().contentType(ContentType.JSON).body(Map.of("version", 0, "petitioners",
                List.of(denouncer()))).patch("/api/v1/petitions/" + transfer)).then().statusCode(409);

        as("petition_handler", unit.code());
        clean("classify late", PetitionApi.classify(late, "TO_CAO", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN")).then()
                .statusCode(200).body("confidential", equalTo(true)).body("petitioners", hasSize(0));
        clean("classify", PetitionApi.classify(transfer, "TO_CAO", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN"))
                .then().statusCode(200);
        clean("unlocking classify", PetitionApi.classify(accept, "KHIEU_NAI", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN"))
                .then().statusCode(409);
        clean("transfer", PetitionApi.decide(transfer, "CHUYEN_DON", "transferToUnitId", tree.sibling().id()
                .toString(), "transferSlipNo", "21/PC-UBND", "note", "Chuyển theo thẩm quyền, người gửi " + NAME))
                .then().statusCode(200).body("transferRedacted", equalTo(true));
        clean("classify mixed", PetitionApi.classify(mixed, "NHIEU_NOI_DUNG", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN",
                "mixedKinds", List.of("KHIEU_NAI", "TO_CAO"))).then().statusCode(200);
        clean("split", PetitionApi.decide(mixed, "TACH_NOI_DUNG", "parts", List.of(
                Map.of("classification", "TO_CAO", "content", "Tố cáo; người tố cáo " + NAME + " " + ID),
                Map.of("classification", "KHIEU_NAI", "content", "Khiếu nại thu hồi đất")))).then().statusCode(200);
        clean("classify accept", PetitionApi.classify(accept, "TO_CAO", "DU_DIEU_KIEN", "THUOC_THAM_QUYEN")).then()
                .statusCode(200);
        clean("accept", PetitionApi.decide(accept, "DE_XUAT_THU_LY")).then().statusCode(200);
        clean("classify file", PetitionApi.classify(file, "TO_CAO", "KHONG_DU_DIEU_KIEN", "THUOC_THAM_QUYEN",
                "notProcessableReason", "Đã có kết luận")).then().statusCode(200);
        as("unit_leader", unit.code()); // filing is the head's decision
        clean("file", PetitionApi.decide(file, "LUU_DON")).then().statusCode(200);
        fixtures.sql("update petition set destroy_after = ?2 where id = ?1", UUID.fromString(file),
                TestClock.today().minusDays(1));
        as("unit_leader", unit.code());
        clean("destroy", PetitionApi.post(file, "destroy", Map.of("version", version(file), "recordNo", "07/BB-TH")))
                .then().statusCode(200);

        for (String role : List.of("reception_officer", "unit_leader", "petition_handler", "inspector")) {
            as(role, unit.code());
            clean(role + " list", given().queryParam("unit", unit.id()).get("/api/v1/petitions")).then()
                    .statusCode(200).body("items.find { it.id == '" + accept + "' }.displayName",
                            equalTo(PetitionDtos.MASKED_LABEL));
            for (String q : List.of(NAME, "quach bao mat", "omega", PHONE, ID, ADDRESS)) {
                clean(role + " search", given().queryParam("unit", unit.id()).queryParam("q", q)
                        .get("/api/v1/petitions")).then().statusCode(200).body("totalItems", equalTo(0));
            }
            for (String id : List.of(transfer, mixed, accept, file, late)) {
                clean(role + " detail", given().get("/api/v1/petitions/" + id)).then().statusCode(200)
                        .body("petitioners", hasSize(0)).body("partyMasked", equalTo(true));
            }
            clean(role + " reveal", PetitionApi.post(accept, "identity/reveal", Map.of("purpose",
                    "Xác minh nội dung tố cáo"))).then().statusCode(403);
        }
        // The receiving unit of the transfer: the same masking.
        as("unit_leader", tree.sibling().code());
        Response inbox = clean("receiving list", given().queryParam("unit", tree.sibling().id())
                .get("/api/v1/petitions"));
        inbox.then().body("totalItems", equalTo(1)).body("items[0].displayName", equalTo(PetitionDtos.MASKED_LABEL));
        clean("receiving detail", given().get("/api/v1/petitions/" + inbox.path("items[0].id"))).then()
                .body("confidential", equalTo(true)).body("petitioners", hasSize(0));
        assertTrue(checked.size() > 60, "every endpoint was called: " + checked);

        as("confidential_custodian", unit.code());
        clean("custodian detail", given().get("/api/v1/petitions/" + accept)).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("REVEAL_IDENTITY")));
        clean("reveal without purpose", PetitionApi.post(accept, "identity/reveal", Map.of("purpose", "xem")))
                .then().statusCode(400).body("errors[0].field", equalTo("purpose"));
        given().header("Idempotency-Key", "reveal-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Map.of("purpose", "Xác minh theo yêu cầu của Chánh Thanh tra"))
                .post("/api/v1/petitions/" + accept + "/identity/reveal").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("people[0].fullName", equalTo(NAME)).body("people[0].idNumber", equalTo(ID))
                .body("people[0].phone", equalTo(PHONE)).body("people[0].address", equalTo(ADDRESS));
        given().contentType(ContentType.JSON).body(Map.of("purpose", "Xác minh theo yêu cầu của Chánh Thanh tra"))
                .post("/api/v1/petitions/" + late + "/identity/reveal").then().statusCode(200)
                .body("people[0].fullName", equalTo(NAME));
        Object[] event = (Object[]) em.createNativeQuery("select reason, cast(details as text), actor from audit_event "
                + "where entity_id = ?1 and action = 'VIEW' order by seq desc limit 1").setParameter(1, accept)
                .getSingleResult();
        assertEquals("Xác minh theo yêu cầu của Chánh Thanh tra", event[0]);
        assertEquals("secret.confidential_custodian", event[2]);
        assertTrue(String.valueOf(event[1]).contains("REVEAL_IDENTITY"));

        // The database: the planted identity is in no column of any table (the vault keeps it sealed).
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb', "
                + "'json')").getResultList();
        assertTrue(columns.size() > 50);
        Map<String, List<String>> byTable = new TreeMap<>();
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
        Number sealed = (Number) em.createNativeQuery("select count(*) from identity_vault_entry e join petition p on "
                + "p.denouncer_ref = e.denouncer_ref where p.id = cast(?1 as uuid)").setParameter(1, accept)
                .getSingleResult();
        assertEquals(1, sealed.intValue());
        Number parties = (Number) em.createNativeQuery("select count(*) from petition_party x join petition p on "
                + "p.id = x.petition_id where p.confidential").getSingleResult();
        assertEquals(0, parties.intValue());
    }
}
