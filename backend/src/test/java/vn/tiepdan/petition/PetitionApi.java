package vn.tiepdan.petition;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and calls of the petition API for the tests. */
final class PetitionApi {
    static final String RECEIVED = "2026-11-20";

    private PetitionApi() {
    }

    static Map<String, Object> person(String name, String idNumber, String address) {
        Map<String, Object> p = new HashMap<>();
        p.put("fullName", name);
        if (idNumber != null) {
            p.put("idDocType", "CCCD");
            p.put("idNumber", idNumber);
        }
        if (address != null) {
            p.put("address", address);
        }
        return p;
    }

    /** A signed, dated petition of one person with content, request and respondent. */
    static Map<String, Object> petition(UUID unit, String classification, String name, String content) {
        Map<String, Object> body = new HashMap<>();
        if (unit != null) {
            body.put("unitId", unit.toString());
        }
        body.put("receivedOn", RECEIVED);
        body.put("source", "BUU_CHINH");
        body.put("writtenDate", "2026-11-15");
        body.put("petitioners", new ArrayList<>(List.of(person(name, "075090001234", "Khu phố 3, phường Trấn Biên"))));
        body.put("content", content);
        body.put("request", "Đề nghị xem xét giải quyết");
        body.put("respondent", "Ông Trần Văn Bị, cán bộ địa chính");
        if (classification != null) {
            body.put("classification", classification);
        }
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
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/petitions");
    }

    static String createdId(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().path("id");
    }

    static int version(String id) {
        return given().get("/api/v1/petitions/" + id).then().statusCode(200).extract().path("version");
    }

    static Response post(String id, String action, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/petitions/" + id + "/" + action);
    }

    static Response classify(String id, String classification, String processable, String competence,
            Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version(id), "classification", classification,
                "processable", processable, "competence", competence));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return post(id, "classify", body);
    }

    static Response decide(String id, String decision, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version(id), "decision", decision));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return post(id, "decide", body);
    }
}
