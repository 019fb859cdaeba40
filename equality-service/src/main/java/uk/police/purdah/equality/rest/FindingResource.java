package uk.police.purdah.equality.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.RETURNING_OFFICER;
import static uk.police.purdah.support.Roles.SPOC;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import uk.police.purdah.equality.mapping.FindingView;
import uk.police.purdah.equality.mapping.JustificationForm;
import uk.police.purdah.equality.service.FindingService;

@Path("/api/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
@SecurityRequirement(name = "SecurityScheme")
public class FindingResource {

    private final FindingService findings;
    private final SecurityIdentity caller;

    public FindingResource(FindingService findings, SecurityIdentity caller) {
        this.findings = findings;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, RETURNING_OFFICER, AUDITOR})
    @Operation(summary = "One finding with its history (EQ-6)",
            description = "Roles: spoc, chief-constable, returning-officer, auditor.")
    @APIResponse(responseCode = "200", description = "the finding")
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "a role not listed")
    @APIResponse(responseCode = "404", description = "no finding with this id")
    public FindingView finding(@PathParam("id") UUID id) {
        return findings.finding(id);
    }

    @POST
    @Path("{id}/justification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SPOC)
    @Operation(summary = "Resolve a finding with a recorded justification (EQ-3, EQ-6)",
            description = "Role: spoc. The reason is kept with the finding for ever and announced as"
                    + " `finding.resolved` on purdah.findings; nothing is deleted.")
    @APIResponse(responseCode = "200", description = "the finding, resolved (JUSTIFIED)")
    @APIResponse(responseCode = "400", description = "no reason, or a reason over 2000 characters (problem+json naming `reason`)")
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no finding with this id")
    @APIResponse(responseCode = "409", description = "the finding was resolved already")
    public FindingView justify(@PathParam("id") UUID id, @Valid @NotNull JustificationForm form) {
        return findings.justify(id, form.reason(), caller.getPrincipal().getName());
    }
}
