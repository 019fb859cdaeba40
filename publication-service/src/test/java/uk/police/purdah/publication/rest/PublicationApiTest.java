package uk.police.purdah.publication.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.police.purdah.publication.service.Fixtures;
import uk.police.purdah.testsupport.DevStackResource;

/** PUB-6: the public JSON API: no token, paging with the total, filters, search, ETag, Cache-Control and CORS. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class PublicationApiTest {

    @Test
    void pub6_publicationsArePagedWithTheTotalFilteredAndSearchedWithoutAToken() {
        Fixtures f = new Fixtures();
        String a = f.published("Knife crime", "How many knife offences?", "87 in 2025.");
        f.published("Burglary", "How many burglaries?", "640 in 2025.");
        f.published("Speeding", "How many speeding tickets?", "9,120 in 2025.");
        String base = "/api/publications?electionId=" + f.electionId;
        given().get(base + "&size=2").then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0))
                .body("size", equalTo(2)).body("items", hasSize(2));
        given().get(base + "&size=2&page=1").then().statusCode(200).body("total", equalTo(3))
                .body("items", hasSize(1));
        given().get(base + "&q=KNIFE").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(a)).body("items[0].kind", equalTo("RESPONSE"))
                .body("items[0].requestText", equalTo("How many knife offences?"))
                .body("items[0].withdrawal", nullValue());
        given().get(base + "&q=640").then().body("total", equalTo(1));
        given().get(base + "&q=%25").then().body("total", equalTo(0));
        given().get(base + "&kind=meeting_notes").then().statusCode(200).body("total", equalTo(0));
        given().get(base + "&kind=RESPONSE").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void pub6_responsesCarryAnETagAndCacheControlAndAnswer304WhenUnchanged() {
        Fixtures f = new Fixtures();
        String id = f.published("Cached", "Is it cached?", "Yes.");
        Response first = given().get("/api/publications/" + id);
        first.then().statusCode(200).header("Cache-Control", "public, max-age=300");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/api/publications/" + id).then().statusCode(304)
                .header("ETag", etag);
        Response list = given().get("/api/publications?electionId=" + f.electionId);
        list.then().statusCode(200).header("Cache-Control", containsString("max-age"));
        given().header("If-None-Match", list.header("ETag")).get("/api/publications?electionId=" + f.electionId)
                .then().statusCode(304);
        f.published("Another", "A new one?", "Yes.");
        given().header("If-None-Match", list.header("ETag")).get("/api/publications?electionId=" + f.electionId)
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void pub6_corsLetsTheConfiguredOpccWebsiteRead() {
        given().header("Origin", "https://opcc.example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/publications").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://opcc.example.org");
        given().header("Origin", "https://opcc.example.org").get("/api/publications").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://opcc.example.org")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        Response other = given().header("Origin", "https://elsewhere.example.com").get("/api/publications");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void pub6_badParametersAre400NamingEachAndUnknownIdsAre404() {
        given().get("/api/publications?electionId=x&kind=LEAFLET&page=-1&size=1000&q=" + "q".repeat(201)).then()
                .statusCode(400).contentType("application/problem+json").body(containsString("electionId"))
                .body(containsString("kind")).body(containsString("page")).body(containsString("size"))
                .body(containsString("\"q\""));
        given().get("/api/publications/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/publications/{id}/withdrawal"))
                .body(containsString("/api/review/{id}/approval")).body(containsString("/feed.atom"));
    }
}
