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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import uk.police.purdah.events.Vocabulary.RequestKind;
import uk.police.purdah.intake.mapping.DecisionForm;
import uk.police.purdah.intake.mapping.RequestForm;
import uk.police.purdah.intake.mapping.RequestView;
import uk.police.purdah.intake.mapping.ResponseForm;
import uk.police.purdah.intake.model.CandidateRequest;
import uk.police.purdah.intake.service.RequestRegister;
import uk.police.purdah.support.problem.QueryParameters;

@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "requests")
@SecurityRequirement(name = "SecurityScheme")
public class RequestResource {

    private final RequestRegister register;
    private final SecurityIdentity caller;

    public RequestResource(RequestRegister register, SecurityIdentity caller) {
        this.register = register;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({FORCE_STAFF, OPCC_STAFF, SPOC})
    @Operation(summary = "Log a candidate's request in the single register (INT-1, INT-10)")
    @APIResponse(responseCode = "201", description = "logged: the request, its routing and the acknowledgement")
    @APIResponse(responseCode = "200", description = "the same form was sent before under this Idempotency-Key")
    @APIResponse(responseCode = "409", description = "the Idempotency-Key was used for a different request")
    public Response submit(
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
            @Valid @NotNull RequestForm form) {
        RequestRegister.Submission submission = register.submit(form, idempotencyKey.strip(), name());
        RequestView view = RequestView.of(submission.request(), RequestRegister.routing(submission.request()));
        return (submission.replayed() ? Response.ok() : Response.created(URI.create("/api/requests/" + view.id())))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, FORCE_STAFF, OPCC_STAFF})
    @Operation(summary = "The register; a force or OPCC submitter sees only what they logged")
    public List<RequestView> search(@QueryParam("electionId") String electionId,
            @QueryParam("status") String status, @QueryParam("kind") String kind) {
        QueryParameters parameters = new QueryParameters();
        UUID election = parameters.uuid("electionId", electionId);
        CandidateRequest.Status wantedStatus = parameters.enumValue("status", status, CandidateRequest.Status.class);
        RequestKind wantedKind = parameters.enumValue("kind", kind, RequestKind.class);
        parameters.check();
        return register.search(election, wantedStatus, wantedKind, submitterOnly()).stream()
                .map(r -> RequestView.of(r, RequestRegister.routing(r))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, FORCE_STAFF, OPCC_STAFF})
    @Operation(summary = "One request in the register")
    public RequestView get(@PathParam("id") UUID id) {
        CandidateRequest request = register.get(id, submitterOnly());
        return RequestView.of(request, RequestRegister.routing(request));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(SPOC)
    @Operation(summary = "Decide a routed request: grant it, refuse it with a reason, or redirect it to the"
            + " publication that already answers it (INT-8)")
    @APIResponse(responseCode = "200", description = "the request as decided; RequestDecided is emitted")
    @APIResponse(responseCode = "400", description = "bad input: no decision, a refusal without a reason, a"
            + " redirection without a publicationId")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    @APIResponse(responseCode = "409", description = "the request is already decided")
    public RequestView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionForm form) {
        CandidateRequest request = register.decide(id, form, name());
        return RequestView.of(request, RequestRegister.routing(request));
    }

    @POST
    @Path("{id}/response")
    @RolesAllowed(SPOC)
    @Operation(summary = "Draft, or redraft, the response to a granted or refused request")
    @APIResponse(responseCode = "200", description = "the request with its drafted response")
    @APIResponse(responseCode = "400", description = "bad input: no text, or text over 20000 characters")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    @APIResponse(responseCode = "409", description = "the request is not decided yet, was redirected to a"
            + " publication (INT-8), or its response is already approved")
    public RequestView draftResponse(@PathParam("id") UUID id, @Valid @NotNull ResponseForm form) {
        CandidateRequest request = register.draftResponse(id, form, name());
        return RequestView.of(request, RequestRegister.routing(request));
    }

    @POST
    @Path("{id}/response/approval")
    @Consumes(MediaType.WILDCARD) // no body: a POST without Content-Type is fine
    @RolesAllowed(SPOC)
    @Operation(summary = "Approve the drafted response: this is what gets published with the request (PUB-1)")
    @APIResponse(responseCode = "200", description = "the request with its approved response;"
            + " ResponseApproved is emitted")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    @APIResponse(responseCode = "409", description = "no response is drafted, or it is already approved")
    public RequestView approveResponse(@PathParam("id") UUID id) {
        CandidateRequest request = register.approveResponse(id, name());
        return RequestView.of(request, RequestRegister.routing(request));
    }

    private String name() {
        return caller.getPrincipal().getName();
    }

    /** The SPOC and the Chief Constable's office read the whole register; anyone else only their own. */
    private String submitterOnly() {
        return caller.hasRole(SPOC) || caller.hasRole(CHIEF_CONSTABLE) ? null : name();
    }
}
