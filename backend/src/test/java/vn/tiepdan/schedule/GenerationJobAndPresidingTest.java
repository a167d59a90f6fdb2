package vn.tiepdan.schedule;

import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
class GenerationJobAndPresidingTest {
    @Inject
    SessionGenerationJob job;
    @Inject
    EntityManager em;
    @Inject
    Fixtures fixtures;

    private long sessions() {
        return ((Number) em.createNativeQuery("select count(*) from reception_session").getSingleResult()).longValue();
    }

    @Test
    void theDailyJobIsIdempotent() {
        job.run();
        long once = sessions();
        job.run();
        assertEquals(once, sessions());
        assertTrue(once > 0);
    }

    @Test
    @TestSecurity(user = "chu.tri")
    void thePresidingOfficialChecksInWithoutBeingAUnitLeader() {
        Fixtures.Unit unit = fixtures.tree().own();
        String username = "chu.tri." + Long.toString(System.nanoTime(), 36);
        UUID presiding = fixtures.official(unit.id(), "Phó Giám đốc", false, username);
        Caller.as("leader", unit.code(), "unit_leader");
        String today = TestClock.today().toString();
        String id = given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","date":"%s","start":"00:00","end":"23:59",
                 "kind":"REGULAR","placeText":"Phòng tiếp công dân"}""".formatted(unit.id(), presiding, today))
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"version\":0}").post("/api/v1/sessions/" + id + "/publish")
                .then().statusCode(200);
        Caller.as(username, unit.code(), "reception_officer");
        given().contentType(ContentType.JSON).body("{\"version\":1}").post("/api/v1/sessions/" + id + "/check-in")
                .then().statusCode(200).body("actualStart", notNullValue());
        given().contentType(ContentType.JSON).body("{\"version\":2,\"noVisitors\":true}")
                .post("/api/v1/sessions/" + id + "/check-out").then().statusCode(200)
                .body("status", equalTo("HELD_NO_VISITORS")).body("visitorsCount", equalTo(0));
    }
}
