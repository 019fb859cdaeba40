package uk.police.purdah.audit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * DESIGN §6: a query parameter holding U+0000, which PostgreSQL cannot hold, is 400 naming it, not a 500 (found by
 * system-tests).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class NulTextTest {

    @Test
    void design6_aNulCharacterInAQueryParameterIs400NamingIt() {
        given().auth().oauth2(Tokens.of("auditor")).queryParam("actor", "a\u0000b")
                .get("/api/ledger").then().statusCode(400)
                .body("violations[0].field", equalTo("actor"));
    }
}
