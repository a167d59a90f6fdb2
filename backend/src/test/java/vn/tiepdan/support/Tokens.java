package vn.tiepdan.support;

import static io.restassured.RestAssured.given;

/** Real access tokens from the real Keycloak, through the tiepdan-cli client (direct access grant). */
public final class Tokens {
    private Tokens() {
    }

    public static String password(String clientId, String username, String password) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", password)
                .post(KeycloakResource.url() + "/realms/tiepdan/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String cli(String username) {
        return password("tiepdan-cli", username, "demo");
    }
}
