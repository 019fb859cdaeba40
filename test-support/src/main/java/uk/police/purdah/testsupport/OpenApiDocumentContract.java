package uk.police.purdah.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §5, §6: the service's published OpenAPI document says, for every operation, what it does, who may call it
 * and how it fails ({@link OpenApiLint}). A service's {@code @QuarkusTest} extends this to lint its own document.
 */
public abstract class OpenApiDocumentContract {

    @Test
    void everyOperationHasItsSummaryRolesAndProblemResponses() throws Exception {
        String base = ConfigProvider.getConfig().getValue("test.url", String.class);
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (document.statusCode() != 200) {
            throw new AssertionError("GET /q/openapi answered " + document.statusCode());
        }
        List<String> problems = OpenApiLint.problems(document.body());
        if (!problems.isEmpty()) {
            throw new AssertionError("the OpenAPI document falls short:\n  " + String.join("\n  ", problems));
        }
    }
}
