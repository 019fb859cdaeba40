package uk.police.purdah.intake.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import uk.police.purdah.intake.service.RuleConflictException;

/** A decision a rule forbids: 409 problem+json naming the rule and what is missing (INT-5..INT-7, DESIGN §6). */
public class RuleProblems {

    @ServerExceptionMapper
    public Response ruleConflict(RuleConflictException e) {
        return HttpProblem.builder()
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Conflict")
                .withDetail(e.getMessage())
                .with("rule", e.rule())
                .with("missing", e.missing())
                .build()
                .toResponse();
    }
}
