package vn.tiepdan.recognition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Tokens;

/** Sở Nội vụ records an inspection and a commendation/correction; validation, versions, audit and scope. */
@QuarkusTest
class RecognitionFlowTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private static void asNoivu() {
        Caller.as("noivu", "DN-SNV", "home_affairs_inspector");
    }

    private long audits(String id) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where entity_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    @Test
    @TestSecurity(user = "noivu")
    void inspectionThenCommendationThenCorrections() {
        Tree t = fixtures.tree();
        UUID session = UUID.randomUUID();
        fixtures.sql("insert into reception_session (id, org_unit_id, session_date, planned_start, planned_end, "
                + "place_text, channel, kind, program, status, obligated_head_id, presiding_official_id) values (?1, ?2, "
                + "date '2026-11-20', time '07:00', time '08:00', 'Trụ sở', 'IN_PERSON', 'PERIODIC', "
                + "'BUOI_SANG_VOI_NHAN_DAN', 'HELD', ?3, ?3)", session, t.own().id(), t.own().officialId());
        asNoivu();
        // Every missing field named at once.
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/inspections").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("orgUnitId", "inspectedOn", "rating", "findingsDiscipline",
                        "findingsConduct"));
        // Future day, session of another unit, follow-up before the inspection.
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", t.sibling().id(), "inspectedOn", "2099-01-01",
                "rating", "GOOD", "findingsDiscipline", "x", "findingsConduct", "y", "sessionId", session,
                "followUpDue", "2098-01-01")).post("/api/v1/inspections").then().statusCode(400)
                .body("errors.field", hasItems("inspectedOn", "sessionId", "followUpDue"));
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", t.own().id(), "inspectedOn", "2026-11-20",
                "rating", "EXCELLENT", "findingsDiscipline", "x", "findingsConduct", "y"))
                .post("/api/v1/inspections").then().statusCode(400);

        String inspection = given().contentType(ContentType.JSON).body(Map.of("orgUnitId", t.own().id(),
                "inspectedOn", "2026-11-20", "sessionId", session, "sessionHeld", false, "rating", "NEEDS_IMPROVEMENT",
                "findingsDiscipline", "Chủ tịch đến lúc 07:25", "findingsConduct", "Niềm nở",
                "followUp", "Chấn chỉnh giờ giấc", "followUpDue", "2026-12-05"))
                .post("/api/v1/inspections").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/inspections/"))
                .body("unit.code", equalTo(t.own().code())).body("unannounced", equalTo(true))
                .body("inspectorUsername", equalTo("noivu")).body("version", equalTo(0))
                .extract().path("id");
        assertEquals(1, audits(inspection));
        given().queryParam("unit", t.parent().id()).queryParam("rating", "NEEDS_IMPROVEMENT")
                .queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").get("/api/v1/inspections").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(inspection));
        given().queryParam("unit", t.sibling().id()).get("/api/v1/inspections").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "followUpDoneOn", "2026-11-27"))
                .patch("/api/v1/inspections/" + inspection).then().statusCode(200)
                .body("followUpDoneOn", equalTo("2026-11-27")).body("version", equalTo(1))
                .body("rating", equalTo("NEEDS_IMPROVEMENT"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "rating", "GOOD"))
                .patch("/api/v1/inspections/" + inspection).then().statusCode(409).body("currentVersion", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("version", 1, "findingsConduct", " "))
                .patch("/api/v1/inspections/" + inspection).then().statusCode(400)
                .body("errors.field", hasItem("findingsConduct"));
        assertEquals(2, audits(inspection));

        // Recognitions: the official must belong to the unit's subtree; the form to the kind.
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", t.own().id(), "officialId",
                t.sibling().officialId(), "kind", "COMMENDATION", "form", "NHAC_NHO", "decidedOn", "2026-11-25",
                "reason", "x")).post("/api/v1/recognitions").then().statusCode(400)
                .body("errors.field", hasItems("officialId", "form"));
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", t.own().id(), "inspectionId",
                UUID.randomUUID(), "kind", "CORRECTION", "form", "NHAC_NHO", "decidedOn", "2026-11-25", "reason", "x"))
                .post("/api/v1/recognitions").then().statusCode(400).body("errors.field", hasItem("inspectionId"));
        String correction = given().contentType(ContentType.JSON).body(Map.of("orgUnitId", t.own().id(),
                "officialId", t.below().officialId(), "kind", "CORRECTION", "form", "CHAN_CHINH",
                "decidedOn", "2026-11-25", "decisionNo", "88/TB-SNV", "decidedBy", "Sở Nội vụ",
                "reason", "Đến muộn buổi tiếp 07:00", "inspectionId", inspection))
                .post("/api/v1/recognitions").then().statusCode(201)
                .body("official.id", equalTo(t.below().officialId().toString()))
                .body("official.position", equalTo("Chuyên viên")).body("inspectionId", equalTo(inspection))
                .extract().path("id");
        String commendation = given().contentType(ContentType.JSON).body(Map.of("orgUnitId", t.parent().id(),
                "kind", "COMMENDATION", "form", "GIAY_KHEN", "decidedOn", "2026-11-26", "reason", "Làm tốt"))
                .post("/api/v1/recognitions").then().statusCode(201).body("official", equalTo(null))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "form", "BANG_KHEN"))
                .patch("/api/v1/recognitions/" + correction).then().statusCode(400)
                .body("errors.field", hasItem("form"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "decisionNo", "89/TB-SNV"))
                .patch("/api/v1/recognitions/" + correction).then().statusCode(200)
                .body("decisionNo", equalTo("89/TB-SNV")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "decisionNo", "90/TB-SNV"))
                .patch("/api/v1/recognitions/" + correction).then().statusCode(409);
        assertEquals(2, audits(correction));
        given().queryParam("unit", t.parent().id()).queryParam("kind", "CORRECTION").get("/api/v1/recognitions")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(correction));
        given().queryParam("unit", t.parent().id()).get("/api/v1/recognitions").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].id", equalTo(commendation));

        // The dashboard counts them.
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        given().queryParam("unit", t.parent().id()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-28")
                .get("/api/v1/dashboard/overview").then().statusCode(200)
                .body("totals.inspections", equalTo(1)).body("totals.commendations", equalTo(1))
                .body("totals.corrections", equalTo(1));

        // Scope: readers read, only Sở Nội vụ writes; a unit leader sees only their subtree.
        given().get("/api/v1/inspections/" + inspection).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("version", 1, "rating", "GOOD"))
                .patch("/api/v1/inspections/" + inspection).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/recognitions").then().statusCode(403);
        Caller.as("thanhtra", "DN-TTT", "inspector");
        given().get("/api/v1/recognitions/" + correction).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/inspections").then().statusCode(403);
        Caller.as("leader", t.own().code(), "unit_leader");
        given().get("/api/v1/inspections/" + inspection).then().statusCode(200);
        given().get("/api/v1/recognitions/" + correction).then().statusCode(200);
        given().get("/api/v1/recognitions/" + commendation).then().statusCode(404);
        given().get("/api/v1/recognitions").then().statusCode(200).body("items.id", hasItem(correction))
                .body("items.id", not(hasItem(commendation)));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/inspections").then().statusCode(403);
        Caller.as("leader", t.sibling().code(), "unit_leader");
        given().get("/api/v1/inspections/" + inspection).then().statusCode(404);
        given().get("/api/v1/inspections").then().statusCode(200).body("items.id", not(hasItem(inspection)));
        Caller.as("officer", t.own().code(), "reception_officer");
        given().get("/api/v1/inspections").then().statusCode(403);
        Caller.as("auditor", null, "auditor");
        given().get("/api/v1/recognitions").then().statusCode(403);
    }

    @Test
    void realTokensNoivuCreatesDanvanCannot() {
        String body = "{\"orgUnitId\":\"" + Fixtures.TRANBIEN + "\",\"inspectedOn\":\"2026-11-02\",\"rating\":\"GOOD\","
                + "\"findingsDiscipline\":\"Đúng giờ\",\"findingsConduct\":\"Tận tình\"}";
        String id = given().auth().oauth2(Tokens.cli("noivu")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        String danvan = Tokens.cli("danvan");
        given().auth().oauth2(danvan).contentType(ContentType.JSON).body(body).post("/api/v1/inspections").then()
                .statusCode(403);
        given().auth().oauth2(danvan).get("/api/v1/inspections/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.cli("chutich.phuly")).get("/api/v1/inspections/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.cli("chutich.tranbien")).get("/api/v1/inspections/" + id).then()
                .statusCode(200);
    }
}
