package vn.tiepdan.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** One rule for desk and API: the session says whether it accepts visits, and the API applies the same rule. */
@QuarkusTest
class SessionAcceptsVisitsTest {
    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    Fixtures fixtures;

    @Test
    void theRule() {
        EnumSet<SessionStatus> open = EnumSet.noneOf(SessionStatus.class);
        for (SessionStatus s : SessionStatus.values()) {
            if (s.acceptsVisits()) {
                open.add(s);
            }
        }
        assertEquals(EnumSet.of(SessionStatus.PUBLISHED, SessionStatus.HELD), open);
    }

    private static Map<String, Object> visit(Fixtures.Unit unit, String sessionId) {
        Map<String, Object> party = new HashMap<>();
        party.put("role", "VISITOR");
        party.put("fullName", "Nguyễn Văn An");
        party.put("addressAsWritten", "Khu phố 3, phường Trấn Biên");
        Map<String, Object> body = new HashMap<>();
        body.put("orgUnitId", unit.id().toString());
        body.put("sessionId", sessionId);
        body.put("receivedAt", "2026-06-08T07:15:00+07:00");
        body.put("partyKind", "PERSON");
        body.put("parties", new ArrayList<>(List.of(party)));
        body.put("classification", "KIEN_NGHI_PHAN_ANH");
        body.put("contentSummary", "Phản ánh về đường giao thông");
        body.put("withPetition", true);
        return body;
    }

    @Test
    @TestSecurity(user = "canbo.session")
    void aSessionHeldWithoutVisitorsSaysSoAndTheApiAgrees() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("canbo.session", unit.code(), "unit_leader");
        Fixtures.Planned planned = fixtures.schedule(unit);
        fixtures.sql("update reception_session set session_date = date '2026-06-08', status = 'HELD_NO_VISITORS' "
                + "where id = ?1", planned.sessionId());
        given().get("/api/v1/sessions/" + planned.sessionId()).then().statusCode(200)
                .body("acceptsVisits", equalTo(false));
        given().contentType(ContentType.JSON).body(visit(unit, planned.sessionId().toString())).post("/api/v1/visits")
                .then().statusCode(409).body("errors[0].code", equalTo("SESSION_NOT_OPEN"));
        fixtures.sql("update reception_session set status = 'PUBLISHED' where id = ?1", planned.sessionId());
        given().get("/api/v1/sessions/" + planned.sessionId()).then().statusCode(200)
                .body("acceptsVisits", equalTo(true));
        given().contentType(ContentType.JSON).body(visit(unit, planned.sessionId().toString())).post("/api/v1/visits")
                .then().statusCode(201);
    }
}
