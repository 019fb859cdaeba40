package uk.police.purdah.support.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.JDBCException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import uk.police.purdah.support.Databases;




/** The services' own errors as RFC 9457 problem+json, in the shape the validation errors take (DESIGN §6). */
public class DomainProblems {

    private static final Logger LOG = Logger.getLogger(DomainProblems.class);

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e) {
        return badField(e.field(), e.getMessage());
    }

    private static Response badField(String field, String message) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build()
                .toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return HttpProblem.valueOf(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return HttpProblem.valueOf(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(e.getMessage())
                .with("violations", e.violations().stream()
                        .map(v -> Map.of("field", v.field(), "in", "query", "message", v.message())).toList())
                .build()
                .toResponse();
    }

    /**
     * PostgreSQL down or going down is a 503 with a clear message, not a 500 (DESIGN §6); any other
     * database error stays a 500 that says nothing about the database.
     */
    @ServerExceptionMapper
    public Response database(JDBCException e) {
        if (Databases.unavailable(e)) {
            LOG.warnf("the database is unavailable: %s", Databases.rootMessage(e));
            return Response.fromResponse(HttpProblem.valueOf(Response.Status.SERVICE_UNAVAILABLE,
                    "the database is unavailable; try again shortly").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        LOG.error("database error", e);
        return HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR).toResponse();
    }
}
