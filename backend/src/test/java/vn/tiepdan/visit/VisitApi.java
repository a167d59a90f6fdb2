package vn.tiepdan.visit;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and calls of the visit API for the tests. */
final class VisitApi {
    static final String RECEIVED = "2026-11-20T08:15:00+07:00";

    private VisitApi() {
    }

    static Map<String, Object> party(String role, String name, String idNumber, String address) {
        Map<String, Object> p = new HashMap<>();
        p.put("role", role);
        p.put("fullName", name);
        if (idNumber != null) {
            p.put("idDocType", idNumber.length() == 9 ? "CMND" : "CCCD");
            p.put("idNumber", idNumber);
        }
        if (address != null) {
            p.put("addressAsWritten", address);
        }
        return p;
    }

    /** A PERSON visit of the unit, with a petition. */
    static Map<String, Object> person(UUID unit, String name, String idNumber, String address, String classification,
            String content) {
        Map<String, Object> body = new HashMap<>();
        if (unit != null) {
            body.put("orgUnitId", unit.toString());
        }
        body.put("receivedAt", RECEIVED);
        body.put("partyKind", "PERSON");
        body.put("parties", new ArrayList<>(List.of(party("VISITOR", name, idNumber, address))));
        body.put("classification", classification);
        body.put("contentSummary", content);
        body.put("withPetition", true);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                copy.remove((String) keyValues[i]);
            } else {
                copy.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return copy;
    }

    static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/visits");
    }

    static String createdId(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().path("id");
    }
}
