package uk.police.purdah.publication.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * DESIGN §6: text holding U+0000, which PostgreSQL cannot store, is bad input: 400 naming the field, not a 500
 * (found by system-tests FuzzIT).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class NulTextTest {

    @Test
    void design6_aNulCharacterInATextFieldIs400NamingTheField() {
        given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON).header("Idempotency-Key", "nul-1")
                .body("{\"reason\":\"because\\u0000\"}")
                .post("/api/publications/00000000-0000-0000-0000-000000000001/withdrawal").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void design6_aNulCharacterInAQueryParameterIs400NamingIt() {
        given().queryParam("q", "a\u0000b").get("/api/publications").then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
    }
}
