package vn.tiepdan.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Tokens;

/** Visits with real tokens of the demo realm: Phú Lý's officer does not reach a visit of Trấn Biên. */
@QuarkusTest
class RealTokenVisitsTest {
    @Inject
    Fixtures fixtures;

    @Test
    void anotherCommunesOfficerGets404ForATranBienVisit() {
        UUID visit = UUID.randomUUID();
        fixtures.sql("insert into reception_visit (id, org_unit_id, book_year, book_seq, received_at, reception_kind, "
                + "status, party_kind, classification, content_summary, first_time) values (?1, ?2, 2019, ?3, "
                + "timestamptz '2019-11-20 08:00+07', 'REGULAR', 'REFUSED', 'PERSON', 'KHIEU_NAI', 'Khiếu nại', null)",
                visit, Fixtures.TRANBIEN, (int) (Math.random() * 1_000_000) + 1);
        given().auth().oauth2(Tokens.cli("canbo.tranbien")).get("/api/v1/visits/" + visit).then().statusCode(200)
                .body("orgUnit.code", equalTo("DN-TRANBIEN"));
        given().auth().oauth2(Tokens.cli("canbo.phuly")).get("/api/v1/visits/" + visit).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.cli("canbo.phuly")).queryParam("unit", Fixtures.TRANBIEN)
                .get("/api/v1/visits").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
