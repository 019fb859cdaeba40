package uk.police.purdah.intake.rest;

import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.FORCE_STAFF;
import static uk.police.purdah.support.Roles.OPCC_STAFF;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import uk.police.purdah.intake.mapping.DealingForm;
import uk.police.purdah.intake.mapping.DealingView;
import uk.police.purdah.intake.service.DealingLog;
import uk.police.purdah.support.problem.QueryParameters;

/** The record of every contact with a candidate (CAND-2, EQ-5, CAL-3). */
@Path("/api/dealings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "dealings")
@SecurityRequirement(name = "SecurityScheme")
public class DealingResource {

    private final DealingLog dealings;
    private final SecurityIdentity caller;

    public DealingResource(DealingLog dealings, SecurityIdentity caller) {
        this.dealings = dealings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({FORCE_STAFF, OPCC_STAFF, SPOC})
    @Operation(summary = "Record a dealing with a candidate: who, when, where, what, in which capacity",
            description = "Roles: force-staff, opcc-staff, spoc. For the incumbent PCC or deputy PCC capacity is"
                    + " required: STATUTORY (kept with statutory=true, exempt from parity, EQ-5) or CANDIDATE (CAND-2)."
                    + " Emits DealingRecorded with recordedBy (the caller) and insidePurdah (CAL-3).")
    @APIResponse(responseCode = "201", description = "the dealing as recorded")
    @APIResponse(responseCode = "400", description = "bad input, naming the field")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not force-staff, opcc-staff or spoc")
    public Response record(@Valid @NotNull DealingForm form) {
        DealingLog.Entry entry = dealings.record(form, name());
        return Response.created(URI.create("/api/dealings/" + entry.dealing().id))
                .entity(DealingView.of(entry.dealing(), entry.candidate())).build();
    }

    @GET
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, FORCE_STAFF, OPCC_STAFF})
    @Operation(summary = "The dealings, newest first", description = "Roles: spoc and chief-constable see all;"
            + " force-staff and opcc-staff see the dealings they recorded. Filters: electionId, candidateId.")
    @APIResponse(responseCode = "200", description = "the dealings")
    @APIResponse(responseCode = "400", description = "a malformed query parameter, named")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not a role that reads dealings")
    public List<DealingView> search(@QueryParam("electionId") String electionId,
            @QueryParam("candidateId") String candidateId) {
        QueryParameters parameters = new QueryParameters();
        UUID election = parameters.uuid("electionId", electionId);
        UUID candidate = parameters.uuid("candidateId", candidateId);
        parameters.check();
        return dealings.search(election, candidate, recorderOnly()).stream()
                .map(e -> DealingView.of(e.dealing(), e.candidate())).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, FORCE_STAFF, OPCC_STAFF})
    @Operation(summary = "One dealing", description = "Roles: spoc and chief-constable; force-staff and opcc-staff"
            + " only a dealing they recorded.")
    @APIResponse(responseCode = "200", description = "the dealing")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not a role that reads dealings")
    @APIResponse(responseCode = "404", description = "no such dealing (or not one the caller recorded)")
    public DealingView get(@PathParam("id") UUID id) {
        DealingLog.Entry entry = dealings.get(id, recorderOnly());
        return DealingView.of(entry.dealing(), entry.candidate());
    }

    private String name() {
        return caller.getPrincipal().getName();
    }

    /** The SPOC and the Chief Constable's office read every dealing; anyone else only their own. */
    private String recorderOnly() {
        return caller.hasRole(SPOC) || caller.hasRole(CHIEF_CONSTABLE) ? null : name();
    }
}
