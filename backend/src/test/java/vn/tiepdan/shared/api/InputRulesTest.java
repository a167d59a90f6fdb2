package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The domain-wide input rules (InputDomain, JsonInputRules, BodyLimit): each breach is a 400/413 naming the field. */
@QuarkusTest
class InputRulesTest {
    private static final String PROBE = "/api/v1/test-input";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aNulCharacterInAnyTextIsNamed() {
        given().contentType(ContentType.JSON).body("{\"text\":\"a\\u0000b\"}")
                .when().post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].code", equalTo("CONTROL_CHARACTER"));
        given().contentType(ContentType.JSON).body("{\"tags\":[\"ok\",\"\\u0007\"]}")
                .when().post(PROBE)
                .then().statusCode(400).body("errors[0].field", equalTo("tags[1]"));
    }

    @Test
    void tabsAndLineBreaksPassAndTextIsNfc() {
        // "Việt" typed decomposed (e + combining dot below + combining circumflex) is stored precomposed.
        given().contentType(ContentType.JSON).body("{\"text\":\"Vie\\u0323\\u0302t\\tA\\r\\nB\"}")
                .when().post(PROBE)
                .then().statusCode(200).body("text", equalTo("Việt\tA\r\nB"));
    }

    @Test
    void extremeDatesAreOutsideTheDomainRange() {
        for (String day : List.of("+999999999-12-31", "0000-01-01", "1899-12-31", "2200-01-01")) {
            given().contentType(ContentType.JSON).body("{\"day\":\"" + day + "\"}")
                    .when().post(PROBE)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("day"))
                    .body("errors[0].code", equalTo("DATE_RANGE"));
        }
        given().contentType(ContentType.JSON).body("{\"at\":\"+999999999-12-31T00:00:00Z\"}")
                .when().post(PROBE)
                .then().statusCode(400).body("errors[0].field", equalTo("at"))
                .body("errors[0].code", equalTo("DATE_RANGE"));
        given().contentType(ContentType.JSON).body("{\"day\":\"2199-12-31\",\"at\":\"1900-01-01T00:00:00Z\"}")
                .when().post(PROBE)
                .then().statusCode(200).body("day", equalTo("2199-12-31"));
    }

    @Test
    void aQueryDateOutsideTheRangeIsNamed() {
        given().queryParam("day", "0000-01-01").when().get(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("day"));
        given().queryParam("day", "2026-01-01").when().get(PROBE).then().statusCode(200);
    }

    @Test
    void aValueTheDatabaseRefusesIsA400NotA500() {
        given().queryParam("text", "0000-01-01").when().get(PROBE + "/database-date")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void scalarsAreNotCoerced() {
        given().contentType(ContentType.JSON).body("{\"text\":12345}")
                .when().post(PROBE)
                .then().statusCode(400).body("errors[0].field", equalTo("text"))
                .body("errors[0].code", equalTo("WRONG_TYPE"));
        given().contentType(ContentType.JSON).body("{\"text\":true}")
                .when().post(PROBE).then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"version\":1.5}")
                .when().post(PROBE)
                .then().statusCode(400).body("errors[0].field", equalTo("version"))
                .body("errors[0].code", equalTo("WRONG_TYPE"));
    }

    @Test
    void aListIsBounded() {
        String tags = IntStream.range(0, 10_000).mapToObj(i -> "\"t\"").collect(Collectors.joining(","));
        given().contentType(ContentType.JSON).body("{\"tags\":[" + tags + "]}")
                .when().post(PROBE)
                .then().statusCode(400).body("errors[0].field", equalTo("tags"))
                .body("errors[0].code", equalTo("TOO_MANY_ITEMS"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws Exception {
        HttpResponse<String> response = chunked(PROBE, 2_000_000);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("/problems/payload-too-large"), response.body());
    }

    @Test
    void aBodyOverQuarkusOwnLimitIsA413Problem() throws Exception {
        HttpResponse<String> chunked = chunked(PROBE, 13_000_000);
        assertEquals(413, chunked.statusCode());
        assertTrue(chunked.body().contains("/problems/payload-too-large"), chunked.body());
        String big = "{\"text\":\"" + "x".repeat(13_000_000) + "\"}";
        given().contentType(ContentType.JSON).body(big)
                .when().post(PROBE)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    /** POSTs {"text":"xxx…"} of about the given size with no Content-Length (Transfer-Encoding: chunked). */
    private HttpResponse<String> chunked(String path, int bytes) throws Exception {
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream("{\"text\":\"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("x".repeat(bytes).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)))));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
