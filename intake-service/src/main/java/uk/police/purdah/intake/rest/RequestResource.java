package uk.police.purdah.intake.rest;

import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.FORCE_STAFF;
import static uk.police.purdah.support.Roles.OPCC_STAFF;
import static uk.police.purdah.support.Roles.SPOC;

import java.net.URI;
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
import uk.police.purdah.intake.mapping.QuestionsForm;
import uk.police.purdah.intake.mapping.RequestForm;
import uk.police.purdah.intake.mapping.RequestPage;
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

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private final RequestRegister register;
    private final SecurityIdentity caller;

    public RequestResource(RequestRegister register, SecurityIdentity caller) {
        this.register = register;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({FORCE_STAFF, OPCC_STAFF, SPOC})
    @Operation(summary = "Log a candidate's request in the single register (INT-1..INT-7, INT-9, INT-10)",
            description = "Roles: force-staff, opcc-staff, spoc. Routed to the SPOC; who else is told is in"
                    + " routing.notified (INT-1, INT-4, INT-7). An FOI request carries its due date (INT-3); a VISIT"
                    + " needs its purpose (INT-4), a MEETING or REGULAR_MEETINGS its officeHolder (INT-5); what the"
                    + " rules say is in warnings and recommendedDecision.")
    @APIResponse(responseCode = "201", description = "logged: the request, its routing, its FOI due date, the"
            + " rules' warnings and the acknowledgement")
    @APIResponse(responseCode = "200", description = "the same form was sent before under this Idempotency-Key")
    @APIResponse(responseCode = "400", description = "bad input, naming each field (a kind's own field missing, or"
            + " given for another kind)")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not a role that logs requests")
    @APIResponse(responseCode = "409", description = "the Idempotency-Key was used for a different request")
    public Response submit(
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 200) String idempotencyKey,
            @Valid @NotNull RequestForm form) {
        RequestRegister.Submission submission = register.submit(form, idempotencyKey.strip(), name());
        RequestView view = register.view(submission.request());
        return (submission.replayed() ? Response.ok() : Response.created(URI.create("/api/requests/" + view.id())))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, FORCE_STAFF, OPCC_STAFF})
    @Operation(summary = "The register, newest first, one page with the total (INT-1, INT-3)",
            description = "Roles: spoc and chief-constable see every request; force-staff and opcc-staff only"
                    + " those they logged. overdue=true lists FOI requests past their due date and not answered"
                    + " (INT-3); page counts from 0, size 1 to 200 (default 50).")
    @APIResponse(responseCode = "200", description = "a page of the register: items, total, page, size")
    @APIResponse(responseCode = "400", description = "a bad filter, naming each parameter")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not a staff role that reads the register")
    public RequestPage search(@QueryParam("electionId") String electionId,
            @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("overdue") String overdue, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        UUID election = parameters.uuid("electionId", electionId);
        CandidateRequest.Status wantedStatus = parameters.enumValue("status", status, CandidateRequest.Status.class);
        RequestKind wantedKind = parameters.enumValue("kind", kind, RequestKind.class);
        Boolean wantedOverdue = parameters.bool("overdue", overdue);
        Integer wantedPage = parameters.integer("page", page, 0, 0, 100_000);
        Integer wantedSize = parameters.integer("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        parameters.check();
        return register.search(new RequestRegister.Filter(election, wantedStatus, wantedKind, wantedOverdue,
                submitterOnly()), wantedPage, wantedSize);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, FORCE_STAFF, OPCC_STAFF})
    @Operation(summary = "One request in the register, with its FOI deadline and the rules' warnings",
            description = "Roles: spoc, chief-constable; force-staff and opcc-staff for a request they logged"
                    + " (another's is 404).")
    @APIResponse(responseCode = "200", description = "the request")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not a staff role that reads the register")
    @APIResponse(responseCode = "404", description = "no such request, or not one the caller logged")
    public RequestView get(@PathParam("id") UUID id) {
        return register.view(register.get(id, submitterOnly()));
    }

    @POST
    @Path("{id}/questions")
    @RolesAllowed(SPOC)
    @Operation(summary = "Record the questions a candidate sent in advance of a meeting (INT-5)",
            description = "Roles: spoc. A meeting with the Chief Constable or the Chief Executive is granted only"
                    + " once they are recorded (001 §8.3). Replaces any recorded before.")
    @APIResponse(responseCode = "200", description = "the request with its questions")
    @APIResponse(responseCode = "400", description = "no text, or over 5000 characters")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    @APIResponse(responseCode = "409", description = "not a meeting, or already decided")
    public RequestView recordQuestions(@PathParam("id") UUID id, @Valid @NotNull QuestionsForm form) {
        return register.view(register.recordQuestions(id, form, name()));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(SPOC)
    @Operation(summary = "Decide a routed request: grant it, refuse it with a reason, or redirect it to the"
            + " publication that already answers it (INT-8)",
            description = "Roles: spoc. Granting is refused (409, naming the rule and what is missing) for a meeting"
                    + " with the Chief Constable or Chief Executive without the formal declaration, the questions in"
                    + " advance and notesWillBePublished (INT-5); a photograph or filming inside purdah, or without"
                    + " a consenting person in consents (INT-6); a report of police imagery (INT-7).")
    @APIResponse(responseCode = "200", description = "the request as decided; RequestDecided is emitted")
    @APIResponse(responseCode = "400", description = "bad input: no decision, a refusal without a reason, a"
            + " redirection without a publicationId")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    @APIResponse(responseCode = "409", description = "the request is already decided, or a rule forbids granting"
            + " it as things stand (INT-5, INT-6, INT-7)")
    public RequestView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionForm form) {
        return register.view(register.decide(id, form, name()));
    }

    @POST
    @Path("{id}/response")
    @RolesAllowed(SPOC)
    @Operation(summary = "Draft, or redraft, the response to a granted or refused request",
            description = "Roles: spoc.")
    @APIResponse(responseCode = "200", description = "the request with its drafted response")
    @APIResponse(responseCode = "400", description = "bad input: no text, or text over 20000 characters")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    @APIResponse(responseCode = "409", description = "the request is not decided yet, was redirected to a"
            + " publication (INT-8), or its response is already approved")
    public RequestView draftResponse(@PathParam("id") UUID id, @Valid @NotNull ResponseForm form) {
        return register.view(register.draftResponse(id, form, name()));
    }

    @POST
    @Path("{id}/response/approval")
    @Consumes(MediaType.WILDCARD) // no body: a POST without Content-Type is fine
    @RolesAllowed(SPOC)
    @Operation(summary = "Approve the drafted response: this is what gets published with the request (PUB-1)",
            description = "Roles: spoc. An FOI request is then answered on this day (INT-3).")
    @APIResponse(responseCode = "200", description = "the request with its approved response;"
            + " ResponseApproved is emitted")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such request")
    @APIResponse(responseCode = "409", description = "no response is drafted, or it is already approved")
    public RequestView approveResponse(@PathParam("id") UUID id) {
        return register.view(register.approveResponse(id, name()));
    }

    private String name() {
        return caller.getPrincipal().getName();
    }

    /** The SPOC and the Chief Constable's office read the whole register; anyone else only their own. */
    private String submitterOnly() {
        return caller.hasRole(SPOC) || caller.hasRole(CHIEF_CONSTABLE) ? null : name();
    }
}
