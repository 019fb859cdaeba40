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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import com.fasterxml.jackson.databind.JsonNode;

import uk.police.purdah.intake.mapping.ElectionForm;
import uk.police.purdah.intake.mapping.ElectionPatch;
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
    @Operation(summary = "Schedule an election (CAL-1)", description = "Role: spoc.")
    @APIResponse(responseCode = "201", description = "the election and its calendar")
    @APIResponse(responseCode = "400", description = "bad input, naming the field")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    public Response schedule(@Valid @NotNull ElectionForm form) {
        ElectionView view = ElectionView.of(elections.schedule(form, caller.getName()));
        return Response.created(URI.create("/api/elections/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({SPOC, FORCE_STAFF, OPCC_STAFF, CHIEF_CONSTABLE, AUDITOR, RETURNING_OFFICER})
    @Operation(summary = "List elections", description = ApiText.STAFF_ROLES)
    @APIResponse(responseCode = "200", description = "the elections, the latest poll first")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "a role that is not a staff role")
    public List<ElectionView> list() {
        return elections.list().stream().map(ElectionView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, FORCE_STAFF, OPCC_STAFF, CHIEF_CONSTABLE, AUDITOR, RETURNING_OFFICER})
    @Operation(summary = "One election and its calendar", description = ApiText.STAFF_ROLES)
    @APIResponse(responseCode = "200", description = "the election and its calendar")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "a role that is not a staff role")
    @APIResponse(responseCode = "404", description = "no such election")
    public ElectionView get(@PathParam("id") UUID id) {
        return ElectionView.of(elections.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed(SPOC)
    @Operation(summary = "Change an election (JSON merge patch): policeArea, nation, pollDate, purdahStart,"
            + " nominationsCloseTime, parityGraceDays (EQ-1, 0..20 working days); a new poll date counts the CAL-1"
            + " timetable again", description = "Role: spoc. An absent field stays as it is; null puts purdahStart,"
            + " nominationsCloseTime or parityGraceDays back to its default. Emits ElectionUpdated when anything"
            + " changed.")
    @APIResponse(responseCode = "200", description = "the election as it now stands")
    @APIResponse(responseCode = "400", description = "a bad or unknown field, named in violations")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such election")
    public ElectionView update(@PathParam("id") UUID id, @RequestBody(description = "a JSON merge patch: any of"
            + " policeArea, nation, pollDate, purdahStart, nominationsCloseTime, parityGraceDays", content = @Content(
                    schema = @Schema(implementation = ElectionForm.class))) JsonNode patch) {
        return ElectionView.of(elections.update(id, ElectionPatch.parse(patch), caller.getName()));
    }

    @POST
    @Path("{id}/candidates")
    @RolesAllowed(SPOC)
    @Operation(summary = "Register a candidate, prospective until declared (CAND-1)", description = "Role: spoc."
            + " CAND-2: at most one incumbent PCC and one deputy PCC per election. CAND-3: a serving police officer,"
            + " member of police staff or OPCC staff, or one who resigned fewer than 19 days before nominations"
            + " close, is registered with a warning (not refused). CAND-4: a former colleague carries a caution.")
    @APIResponse(responseCode = "201", description = "the candidate as registered, with any CAND-3 warnings")
    @APIResponse(responseCode = "400", description = "bad input, naming the field")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such election")
    @APIResponse(responseCode = "409", description = "incumbentRole: the election already has that incumbent (CAND-2)")
    public Response register(@PathParam("id") UUID electionId, @Valid @NotNull CandidateForm form) {
        CandidateRegistry.Registered registered = candidates.register(electionId, form, caller.getName());
        CandidateView view = CandidateView.of(registered.candidate(), registered.election());
        return Response.created(URI.create("/api/candidates/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}/candidates")
    @RolesAllowed(SPOC)
    @Operation(summary = "The candidate registry of an election", description = "Role: spoc. Each candidate with"
            + " status (CAND-1), incumbent role (CAND-2), warnings (CAND-3) and caution (CAND-4).")
    @APIResponse(responseCode = "200", description = "the candidates in the order they were registered")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such election")
    public List<CandidateView> candidates(@PathParam("id") UUID electionId) {
        var election = elections.get(electionId);
        return candidates.of(electionId).stream().map(c -> CandidateView.of(c, election)).toList();
    }
}
