package vn.tiepdan.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;

/** Posts a CSV import. */
public final class Csv {
    public static final String HEADER =
            "code,name,kind,level,parentCode,adminUnitCode,address,phone,receptionPlace,validFrom\n";

    private Csv() {
    }

    public static ValidatableResponse importCsv(String body, boolean dryRun, String language) {
        return importBytes(body.getBytes(StandardCharsets.UTF_8), dryRun, language);
    }

    public static ValidatableResponse importBytes(byte[] body, boolean dryRun, String language) {
        return given().contentType("text/csv; charset=UTF-8").header("Accept-Language", language).body(body)
                .queryParam("dryRun", dryRun)
                .when().post("/api/v1/org-units/import").then();
    }
}
