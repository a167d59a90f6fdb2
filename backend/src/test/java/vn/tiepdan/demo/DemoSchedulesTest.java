package vn.tiepdan.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The demo shows a living calendar, and loading it again changes nothing. */
@QuarkusTest
class DemoSchedulesTest {
    @Inject
    DemoData demo;
    @Inject
    EntityManager em;

    private long count(String where) {
        return ((Number) em.createNativeQuery("select count(*) from reception_session where created_by = 'demo' and "
                + where).getSingleResult()).longValue();
    }

    @Test
    void theDemoHasHeldLateEmptyCancelledAndDelegatedMorningsAndIsIdempotent() throws Exception {
        given().queryParam("unit", "DN-TRANBIEN").queryParam("from", "2026-11-13").queryParam("to", "2026-11-13")
                .get("/public/v1/schedules").then().statusCode(200)
                .body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].program", equalTo("BUOI_SANG_VOI_NHAN_DAN"))
                .body("items[0].notice", startsWith("Chủ tịch UBND phường"));
        long all = count("true");
        assertTrue(count("status = 'HELD' and actual_start > (session_date + planned_start + interval '10 minutes') "
                + "at time zone 'Asia/Ho_Chi_Minh'") > 0, "some mornings started late");
        assertTrue(count("status = 'HELD_NO_VISITORS'") > 0);
        assertEquals(1, count("delegated"));
        demo.load(null);
        assertEquals(all, count("true"));
    }
}
