package vn.tiepdan.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opens cases from THU_LY visits through the API and drives their actions, for the tests. */
final class CaseApi {
    private CaseApi() {
    }

    /** A THU_LY visit of the unit received at the given local day (08:00 in Vietnam), through POST /visits. */
    static String visit(UUID unit, String classification, String day) {
        Map<String, Object> party = new HashMap<>();
        party.put("role", "VISITOR");
        party.put("fullName", "Nguyễn Văn An");
        party.put("addressAsWritten", "Khu phố 3, phường Trấn Biên");
        Map<String, Object> body = new HashMap<>();
        body.put("orgUnitId", unit.toString());
        body.put("receivedAt", day + "T08:00:00+07:00");
        body.put("partyKind", "PERSON");
        body.put("parties", new ArrayList<>(List.of(party)));
        body.put("classification", classification);
        body.put("contentSummary", "Nội dung " + classification.toLowerCase() + " về quyết định thu hồi đất");
        body.put("withPetition", true);
        body.put("handlingDirection", "THU_LY");
        if ("TO_CAO".equals(classification)) {
            body.put("fieldCode", "THAM_NHUNG");
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/visits").then().statusCode(201)
                .extract().path("id");
    }

    static Response open(String visitId) {
        return given().contentType(ContentType.JSON).body(Map.of("visitId", visitId)).post("/api/v1/cases");
    }

    /** A case opened from a new THU_LY visit of the unit. */
    static String openCase(UUID unit, String classification, String day) {
        return open(visit(unit, classification, day)).then().statusCode(201).extract().path("id");
    }

    static Response get(String id) {
        return given().get("/api/v1/cases/" + id);
    }

    static int version(String id) {
        return get(id).then().statusCode(200).extract().path("version");
    }

    /** Posts the action with the current version added to the body. */
    static Response act(String id, String action, Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version(id));
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + id + "/" + action);
    }

    /** Posts the action and checks the resulting state. */
    static Response step(String id, String action, String expectedStatus, Object... keyValues) {
        Response r = act(id, action, keyValues);
        assertEquals(200, r.statusCode(), () -> action + ": " + r.asString());
        assertEquals(expectedStatus, r.path("status"), () -> action + ": " + r.asString());
        return r;
    }

    /** The action is refused with 409 ACTION_NOT_ALLOWED. */
    static Response refused(String id, String action, Object... keyValues) {
        Response r = act(id, action, keyValues);
        assertEquals(409, r.statusCode(), () -> action + ": " + r.asString());
        assertEquals("ACTION_NOT_ALLOWED", r.path("errors[0].code"), () -> action + ": " + r.asString());
        return r;
    }

    static Object[] decision(String result, String signedOn) {
        return new Object[] {"result", result, "docNo", "15/QĐ-UBND", "signedOn", signedOn, "signerName",
            "Trần Văn Hùng", "moneyReturn", 12.5, "personsRestored", 2};
    }
}
