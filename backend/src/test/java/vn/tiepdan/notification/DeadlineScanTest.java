package vn.tiepdan.notification;

import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

@QuarkusTest
class DeadlineScanTest {
    @Inject
    HandlingFixtures fx;

    private static LocalDate today() {
        return TestClock.today();
    }

    @Test
    @TestSecurity(user = "quantri")
    void dueSoonAndOverdueAreNotifiedOnceToTheHandlerAndTheUnitLeaders() {
        String handler = Fixtures.uniqueCode("xuly").toLowerCase();
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "VERIFYING_L1", "Khiếu nại", handler);
        UUID soon = fx.deadline(c, Fixtures.TRANBIEN, "RESOLVE", today().plusDays(2));
        UUID late = fx.deadline(c, Fixtures.TRANBIEN, "ACCEPT", today().minusDays(1));
        UUID far = fx.deadline(c, Fixtures.TRANBIEN, "NOTIFY_ACCEPT", today().plusDays(10));

        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        given().post("/api/v1/notifications/scan").then().statusCode(403);
        Caller.as("quantri", "DN", "admin");
        given().post("/api/v1/notifications/scan").then().statusCode(200).body("ran", equalTo(true));
        given().post("/api/v1/notifications/scan").then().statusCode(200).body("ran", equalTo(true));

        assertEquals(List.of("DUE_SOON:chutich.tranbien", "DUE_SOON:" + handler), recipients(soon));
        assertEquals(List.of("OVERDUE:chutich.tranbien", "OVERDUE:" + handler), recipients(late));
        assertEquals(List.of(), recipients(far));
        assertEquals(Boolean.TRUE, fx.value("select breached from legal_deadline where id = ?1", late));
        assertEquals(Boolean.FALSE, fx.value("select breached from legal_deadline where id = ?1", soon));

        // The handler's own notifications.
        Caller.as(handler, HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        given().get("/api/v1/notifications/unread-count").then().statusCode(200).body("count", equalTo(2));
        String first = given().queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].title", notNullValue()).extract().path("items[0].id");
        given().post("/api/v1/notifications/" + first + "/read").then().statusCode(200)
                .body("readAt", notNullValue());
        given().get("/api/v1/notifications/unread-count").then().body("count", equalTo(1));
        given().queryParam("unread", false).get("/api/v1/notifications").then().body("items", hasSize(1))
                .body("items[0].id", equalTo(first));
        given().get("/api/v1/notifications").then().body("totalItems", equalTo(2));
        // Someone else's notification does not exist for the caller.
        Caller.as("chutich.phuly", HandlingFixtures.PHULY_CODE, "unit_leader");
        given().post("/api/v1/notifications/" + first + "/read").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "quantri")
    void aMetDeadlineIsNotScanned() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "DECIDED_L1", "Khiếu nại", "someone.else");
        UUID met = fx.deadline(c, Fixtures.TRANBIEN, "RESOLVE", today().minusDays(3));
        fx.value("update legal_deadline set status = 'MET', met_on = ?2 where id = ?1 returning id", met,
                today().minusDays(4));
        Caller.as("quantri", "DN", "admin");
        given().post("/api/v1/notifications/scan").then().statusCode(200);
        assertEquals(List.of(), recipients(met));
        assertEquals(Boolean.FALSE, fx.value("select breached from legal_deadline where id = ?1", met));
    }

    private List<String> recipients(UUID deadline) {
        return fx.rows("select kind || ':' || recipient_username from notification where deadline_id = ?1 "
                + "order by 1", deadline).stream().map(Object::toString).toList();
    }
}
