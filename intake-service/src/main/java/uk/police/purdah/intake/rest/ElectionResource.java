package uk.police.purdah.intake.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.FORCE_STAFF;
import static uk.police.purdah.support.Roles.OPCC_STAFF;
import static uk.police.purdah.support.Roles.RETURNING_OFFICER;
import static uk.police.purdah.support.Roles.SPOC;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.intake.mapping.CandidateForm;
import uk.police.purdah.intake.mapping.CandidateView;
import uk.police.purdah.intake.mapping.ElectionForm;
import uk.police.purdah.intake.mapping.ElectionView;
import uk.police.purdah.intake.service.CandidateRegistry;
import uk.police.purdah.intake.service.ElectionService;

@Path("/api/elections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "elections")
@SecurityRequirement(name = "SecurityScheme")
public class ElectionResource {

    private final ElectionService elections;
    private final CandidateRegistry candidates;
    private final JsonWebToken caller;

    public ElectionResource(ElectionService elections, CandidateRegistry candidates, JsonWebToken caller) {
        this.elections = elections;
        this.candidates = candidates;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(SPOC)
    @Operation(summary = "Schedule an election (CAL-1)")
    @APIResponse(responseCode = "201", description = "the election and its calendar")
    public Response schedule(@Valid @NotNull ElectionForm form) {
        ElectionView view = ElectionView.of(elections.schedule(form, caller.getName()));
        return Response.created(URI.create("/api/elections/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({SPOC, FORCE_STAFF, OPCC_STAFF, CHIEF_CONSTABLE, AUDITOR, RETURNING_OFFICER})
    @Operation(summary = "List elections")
    public List<ElectionView> list() {
        return elections.list().stream().map(ElectionView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, FORCE_STAFF, OPCC_STAFF, CHIEF_CONSTABLE, AUDITOR, RETURNING_OFFICER})
    @Operation(summary = "One election and its calendar")
    public ElectionView get(@PathParam("id") UUID id) {
        return ElectionView.of(elections.get(id));
    }

    @POST
    @Path("{id}/candidates")
    @RolesAllowed(SPOC)
    @Operation(summary = "Register a candidate, prospective until declared (CAND-1)")
    @APIResponse(responseCode = "201", description = "the candidate as registered")
    public Response register(@PathParam("id") UUID electionId, @Valid @NotNull CandidateForm form) {
        CandidateView view = CandidateView.of(candidates.register(electionId, form, caller.getName()));
        return Response.created(URI.create("/api/candidates/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}/candidates")
    @RolesAllowed(SPOC)
    @Operation(summary = "The candidate registry of an election")
    public List<CandidateView> candidates(@PathParam("id") UUID electionId) {
        return candidates.of(electionId).stream().map(CandidateView::of).toList();
    }
}
