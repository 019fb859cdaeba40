package uk.police.purdah.intake.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import uk.police.purdah.intake.service.ConflictException;
import uk.police.purdah.intake.service.InvalidFieldException;
import uk.police.purdah.intake.service.NotFoundException;

/** The register's own errors as RFC 9457 problem+json, in the shape the validation errors take (DESIGN §6). */
public class DomainProblems {

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
}
