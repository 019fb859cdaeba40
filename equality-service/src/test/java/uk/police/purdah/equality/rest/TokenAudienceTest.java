package uk.police.purdah.equality.rest;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.Tokens;

/**
 * DESIGN §2: a token is accepted only when it was issued for the suite (aud "purdah"); one the same provider issued
 * for another application, with the same user and role and a valid signature, is refused (found by system-tests
 * RoleMatrixIT). The control: the same claims signed again with the provider's key are accepted (here: past the
 * token check, to "no such election").
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class TokenAudienceTest {

    @Test
    void design2_aTokenIssuedForAnotherApplicationIsRefused() {
        given().auth().oauth2(Tokens.forAudience("spoc", "another-application"))
                .get("/api/elections/00000000-0000-0000-0000-000000000001/findings").then().statusCode(401);
    }

    @Test
    void design2_theSameClaimsForTheSuiteAreAccepted() {
        given().auth().oauth2(Tokens.resigned("spoc")).get("/api/elections/00000000-0000-0000-0000-000000000001/findings")
                .then().statusCode(404);
    }
}
