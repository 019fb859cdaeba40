package uk.police.purdah.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.OpenApiLint;

/** DESIGN §5, §6: the published API document says, for every operation, what it does, who may call it and how it fails. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    void everyOperationHasItsSummaryRolesAndProblemResponses() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertThat(OpenApiLint.problems(document)).isEmpty();
    }
}
