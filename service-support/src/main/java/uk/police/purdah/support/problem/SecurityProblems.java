package uk.police.purdah.support.problem;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * 401 and 403 as problem+json. quarkus-resteasy-problem 3.21's own security mappers fail on
 * Quarkus 3.34 (NoSuchFieldError on ChallengeData.headerName), so these take precedence.
 */
public class SecurityProblems {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e) {
        return HttpProblem.valueOf(Response.Status.FORBIDDEN, "your role does not allow this").toResponse();
    }

    private static Response unauthorized() {
        return Response.fromResponse(HttpProblem.valueOf(Response.Status.UNAUTHORIZED,
                "a valid bearer token is required").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
