package uk.police.purdah.intake.rest;

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
                .body("{\"policeArea\":\"Nor\\u0000folk\",\"nation\":\"ENGLAND\",\"pollDate\":\"2027-05-06\"}")
                .post("/api/elections").then().statusCode(400)
                .body("violations[0].field", equalTo("policeArea"));
        String election = given().auth().oauth2(Tokens.of("spoc")).contentType(ContentType.JSON)
                .body("{\"policeArea\":\"Norfolk\",\"nation\":\"ENGLAND\",\"pollDate\":\"2027-05-06\"}")
                .post("/api/elections").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("spoc")).contentType("application/merge-patch+json")
                .body("{\"policeArea\":\"Nor\\u0000folk\"}")
                .patch("/api/elections/" + election).then().statusCode(400)
                .body("violations[0].field", equalTo("policeArea"));
    }

    @Test
    void design6_aNulCharacterInAQueryParameterIs400NamingIt() {
        given().auth().oauth2(Tokens.of("spoc")).queryParam("kind", "a\u0000b")
                .get("/api/requests").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }
}
