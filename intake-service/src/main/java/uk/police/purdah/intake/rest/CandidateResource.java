package uk.police.purdah.intake.rest;

import static uk.police.purdah.support.Roles.SPOC;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.intake.mapping.CandidateForm;
import uk.police.purdah.intake.mapping.CandidateView;
import uk.police.purdah.intake.mapping.DeclarationForm;
import uk.police.purdah.intake.mapping.WithdrawalForm;
import uk.police.purdah.intake.service.CandidateRegistry;
import uk.police.purdah.intake.service.CandidateRegistry.Registered;

/** One candidate: read, correct, declare valid, withdraw (CAND-1..4). */
@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "candidates")
@SecurityRequirement(name = "SecurityScheme")
public class CandidateResource {

    private final CandidateRegistry candidates;
    private final JsonWebToken caller;

    public CandidateResource(CandidateRegistry candidates, JsonWebToken caller) {
        this.candidates = candidates;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(SPOC)
    @Operation(summary = "One candidate of the registry", description = "Role: spoc. With status (CAND-1),"
            + " incumbent role (CAND-2), warnings (CAND-3) and caution (CAND-4).")
    @APIResponse(responseCode = "200", description = "the candidate")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such candidate")
    public CandidateView get(@PathParam("id") UUID id) {
        return view(candidates.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(SPOC)
    @Operation(summary = "Correct a candidate's identity or flags (CAND-2..4)", description = "Role: spoc. The"
            + " whole form, as when registering; the status is not changed here. Emits CandidateUpdated; CAND-3"
            + " warnings are answered as on registration.")
    @APIResponse(responseCode = "200", description = "the candidate as it now stands, with any CAND-3 warnings")
    @APIResponse(responseCode = "400", description = "bad input, naming the field")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such candidate")
    @APIResponse(responseCode = "409", description = "incumbentRole: the election already has that incumbent (CAND-2)")
    public CandidateView update(@PathParam("id") UUID id, @Valid @NotNull CandidateForm form) {
        return view(candidates.update(id, form, caller.getName()));
    }

    @POST
    @Path("{id}/declaration")
    @Consumes(MediaType.WILDCARD) // the body is optional
    @RolesAllowed(SPOC)
    @Operation(summary = "The returning officer declared the nomination valid: PROSPECTIVE -> DECLARED (CAND-1)",
            description = "Role: spoc. Optional body {declaredOn}, defaulting to today (UK). Emits CandidateDeclared.")
    @APIResponse(responseCode = "200", description = "the candidate, now DECLARED")
    @APIResponse(responseCode = "400", description = "declaredOn in the future or after the poll")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such candidate")
    @APIResponse(responseCode = "409", description = "the candidate is not PROSPECTIVE")
    public CandidateView declare(@PathParam("id") UUID id,
            @RequestBody(content = @Content(schema = @Schema(implementation = DeclarationForm.class))) String body) {
        return view(candidates.declare(id, DeclarationForm.parse(body), caller.getName()));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(SPOC)
    @Operation(summary = "The candidacy ends: PROSPECTIVE or DECLARED -> WITHDRAWN (CAND-1)", description = "Role:"
            + " spoc. Body {reason, withdrawnOn}, withdrawnOn defaulting to today (UK). Emits CandidateWithdrawn.")
    @APIResponse(responseCode = "200", description = "the candidate, now WITHDRAWN")
    @APIResponse(responseCode = "400", description = "no reason, or withdrawnOn in the future")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such candidate")
    @APIResponse(responseCode = "409", description = "the candidate has already withdrawn")
    public CandidateView withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawalForm form) {
        return view(candidates.withdraw(id, form, caller.getName()));
    }

    private static CandidateView view(Registered registered) {
        return CandidateView.of(registered.candidate(), registered.election());
    }
}
