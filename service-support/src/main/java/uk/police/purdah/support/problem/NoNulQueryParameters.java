package uk.police.purdah.support.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * DESIGN §6: a query parameter holding U+0000 (NUL, sent as %00), which PostgreSQL text cannot hold, is bad input:
 * 400 naming the parameter, before any resource reads it, not a 500 from the database (found by system-tests).
 */
public class NoNulQueryParameters {

    @ServerRequestFilter
    public void rejectNul(ContainerRequestContext request) {
        List<InvalidParametersException.Violation> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0);
            if (nul) {
                violations.add(new InvalidParametersException.Violation(parameter.getKey().replace('\u0000', '\uFFFD'),
                        "must not contain the NUL character (U+0000)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
    }
}
