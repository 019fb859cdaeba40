package uk.police.purdah.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.testsupport.DevStackResource;

/** Every endpoint of the candidates, offers and dealings is described: summary, roles, problem responses. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class EngagementOpenApiTest {

    private record Operation(String path, String method, List<String> responses) {
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("/api/elections/{id}", "patch", List.of("200", "400", "401", "403", "404")),
            new Operation("/api/elections/{id}/candidates", "post", List.of("201", "400", "401", "403", "404", "409")),
            new Operation("/api/elections/{id}/candidates", "get", List.of("200", "401", "403", "404")),
            new Operation("/api/candidates/{id}", "get", List.of("200", "401", "403", "404")),
            new Operation("/api/candidates/{id}", "put", List.of("200", "400", "401", "403", "404", "409")),
            new Operation("/api/candidates/{id}/declaration", "post", List.of("200", "400", "401", "403", "404", "409")),
            new Operation("/api/candidates/{id}/withdrawal", "post", List.of("200", "400", "401", "403", "404", "409")),
            new Operation("/api/offers", "post", List.of("201", "400", "401", "403", "409")),
            new Operation("/api/offers", "get", List.of("200", "400", "401", "403")),
            new Operation("/api/offers/{id}", "get", List.of("200", "401", "403", "404")),
            new Operation("/api/offers/{id}/outcome", "post", List.of("200", "400", "401", "403", "404", "409")),
            new Operation("/api/dealings", "post", List.of("201", "400", "401", "403")),
            new Operation("/api/dealings", "get", List.of("200", "400", "401", "403")),
            new Operation("/api/dealings/{id}", "get", List.of("200", "401", "403", "404")));

    @Test
    @SuppressWarnings("unchecked")
    void everyCandidateOfferAndDealingEndpointIsDescribed() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        for (Operation expected : OPERATIONS) {
            String name = expected.method() + " " + expected.path();
            assertThat(paths).as(name).containsKey(expected.path());
            Map<String, Object> operation = paths.get(expected.path()).get(expected.method());
            assertThat(operation).as(name).isNotNull();
            assertThat((String) operation.get("summary")).as(name).isNotBlank();
            assertThat((String) operation.get("description")).as(name).containsIgnoringCase("role");
            assertThat(((Map<String, Object>) operation.get("responses")).keySet()).as(name)
                    .containsAll(expected.responses());
        }
    }
}
