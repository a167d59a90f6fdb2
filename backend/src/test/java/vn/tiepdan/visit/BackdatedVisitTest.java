package vn.tiepdan.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** A visit dated in a period whose report was submitted: accepted, warned, logged on the report and audited. */
@QuarkusTest
class BackdatedVisitTest {
    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private static Map<String, Object> visit(UUID unit, String day) {
        Map<String, Object> party = new HashMap<>();
        party.put("role", "VISITOR");
        party.put("fullName", "Nguyễn Văn An");
        party.put("addressAsWritten", "Khu phố 3, phường Trấn Biên");
        Map<String, Object> body = new HashMap<>();
        body.put("orgUnitId", unit.toString());
        body.put("receivedAt", day + "T08:00:00+07:00");
        body.put("partyKind", "PERSON");
        body.put("parties", new ArrayList<>(List.of(party)));
        body.put("classification", "KIEN_NGHI_PHAN_ANH");
        body.put("contentSummary", "Phản ánh về đường giao thông");
        body.put("withPetition", true);
        return body;
    }

    @Test
    @TestSecurity(user = "canbo.late")
    void theOfficerIsWarnedAndTheReportLogsTheChange() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("canbo.late", unit.code(), "reception_officer");
        UUID submission = UUID.randomUUID();
        fixtures.sql("insert into report_submission (id, org_unit_id, period_code, period_kind, from_on, to_on, due_on, "
                + "forms, status, snapshot, content_hash, submitted_at, submitted_by) values (?1, ?2, '2026-Q1', 'Q1', "
                + "date '2025-12-15', date '2026-03-14', date '2026-03-18', cast('[\"01-TCD\"]' as jsonb), 'SUBMITTED', "
                + "cast('{}' as jsonb), repeat('0', 64), now(), 'chutich')", submission, unit.id());

        // Back-dated into it: recorded, with a warning naming the period.
        String id = given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(visit(unit.id(), "2026-03-02")).post("/api/v1/visits").then().statusCode(201)
                .body("warnings[0].code", equalTo("PERIOD_SUBMITTED"))
                .body("warnings[0].message", containsString("2026-Q1")).extract().path("id");
        // Outside the period: no warning.
        given().contentType(ContentType.JSON).body(visit(unit.id(), "2026-03-16")).post("/api/v1/visits").then()
                .statusCode(201).body("warnings", empty());

        List<?> events = em.createNativeQuery("select comment from report_submission_event where submission_id = ?1 "
                + "and action = 'CHANGED_AFTER'").setParameter(1, submission).getResultList();
        assertEquals(1, events.size());
        Number audited = (Number) em.createNativeQuery("select count(*) from audit_event where entity_type = "
                + "'report_submission' and entity_id = ?1 and details like ?2").setParameter(1, submission.toString())
                .setParameter(2, "%" + id + "%").getSingleResult();
        assertEquals(1, audited.intValue());
    }
}
