package vn.tiepdan.document;

import static io.restassured.RestAssured.given;
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

/** A refused attempt to reveal a denouncer's identity is in the audit trail (Luật Tố cáo 2018, Điều 56). */
@QuarkusTest
class RevealDeniedAuditTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private long denied(UUID caseId, String actor) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'ACCESS_DENIED' and "
                + "entity_type = 'case_file' and entity_id = ?1 and actor = ?2").setParameter(1, caseId.toString())
                .setParameter(2, actor).getSingleResult()).longValue();
    }

    private static int reveal(UUID caseId) {
        return given().contentType(ContentType.JSON).body(Map.of("purpose", "Xem thông tin người tố cáo để làm việc"))
                .post("/api/v1/cases/" + caseId + "/identity/reveal").statusCode();
    }

    @Test
    @TestSecurity(user = "tomo.denied")
    void refusedRevealsAreAudited() {
        Fixtures.Unit unit = fixtures.tree().own();
        UUID caseId = fixtures.caseIn(unit.id());
        Caller.as("tomo.denied", unit.code(), "petition_handler"); // not the case's handler
        assertEquals(403, reveal(caseId));
        assertEquals(1, denied(caseId, "tomo.denied"));
        Caller.as("tomo.denied", unit.code(), "inspector"); // a role that never reveals
        assertEquals(403, reveal(caseId));
        assertEquals(2, denied(caseId, "tomo.denied"));
    }

    private long deniedOn(String entityType, UUID id, String actor) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'ACCESS_DENIED' and "
                + "entity_type = ?1 and entity_id = ?2 and actor = ?3").setParameter(1, entityType)
                .setParameter(2, id.toString()).setParameter(3, actor).getSingleResult()).longValue();
    }

    private static int revealOn(String collection, UUID id) {
        return given().contentType(ContentType.JSON).body(Map.of("purpose", "Xem thông tin người tố cáo để làm việc"))
                .post("/api/v1/" + collection + "/" + id + "/identity/reveal").statusCode();
    }

    @Test
    @TestSecurity(user = "tomo.denied2")
    void refusedRevealsOfVisitsAndPetitionsAreAuditedToo() {
        Fixtures.Unit unit = fixtures.tree().own();
        UUID visit = UUID.randomUUID();
        UUID petition = UUID.randomUUID();
        Caller.as("tomo.denied2", unit.code(), "reception_officer"); // not the custodian
        assertEquals(403, revealOn("visits", visit));
        assertEquals(403, revealOn("petitions", petition));
        assertEquals(1, deniedOn("RECEPTION_VISIT", visit, "tomo.denied2"));
        assertEquals(1, deniedOn("PETITION", petition, "tomo.denied2"));
        Caller.as("tomo.denied2", unit.code(), "confidential_custodian"); // the custodian, but no such record here
        assertEquals(404, revealOn("visits", visit));
        assertEquals(404, revealOn("petitions", petition));
        assertEquals(2, deniedOn("RECEPTION_VISIT", visit, "tomo.denied2"));
        assertEquals(2, deniedOn("PETITION", petition, "tomo.denied2"));
    }
}
