package uk.police.purdah.publication.rest;

import static uk.police.purdah.support.Roles.SPOC;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import uk.police.purdah.publication.mapping.ReviewDecision;
import uk.police.purdah.publication.mapping.ReviewItem;
import uk.police.purdah.publication.model.Publication;
import uk.police.purdah.publication.service.PublicationWorkflow;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.QueryParameters;

@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewResource {

    static final int MAX_TEXT = 50_000;
    static final int MAX_REASON = 2_000;
    static final int MAX_TITLE = 500;

    private final PublicationWorkflow workflow;
    private final SecurityIdentity identity;

    public ReviewResource(PublicationWorkflow workflow, SecurityIdentity identity) {
        this.workflow = workflow;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(SPOC)
    @Operation(summary = "The review queue (PUB-3), oldest first",
            description = "Role: spoc. Anonymised texts (PUB-2) with what was removed by kind, and the purdah "
                    + "factual check's reasons for holding an item (PUB-5). status defaults to PENDING.")
    @APIResponse(responseCode = "200", description = "the items")
    @APIResponse(responseCode = "400", description = "electionId not a UUID or status unknown (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "no token or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    public List<ReviewItem> queue(@QueryParam("electionId") String electionId, @QueryParam("status") String status) {
        QueryParameters params = new QueryParameters();
        UUID election = params.uuid("electionId", electionId);
        Publication.Status wanted = params.enumValue("status", status, Publication.Status.class);
        params.check();
        return workflow.queue(election, wanted).stream().map(ReviewItem::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(SPOC)
    @Operation(summary = "One item of the review queue, in any state (PUB-3)", description = "Role: spoc.")
    @APIResponse(responseCode = "200", description = "the item")
    @APIResponse(responseCode = "401", description = "no token or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such item")
    public ReviewItem item(@PathParam("id") UUID id) {
        return ReviewItem.of(workflow.get(id));
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SPOC)
    @Operation(summary = "Approve an item for the next release (PUB-3, PUB-4)",
            description = "Role: spoc. The body is optional; an edited title, requestText or text is anonymised "
                    + "again (PUB-2) and the difference to the queued text kept (editDiff). A text the purdah factual "
                    + "check holds (PUB-5) needs factualCheckOverride, the reason it may be published. Raises "
                    + "publication.approved with the release day.")
    @APIResponse(responseCode = "200", description = "the approved item with its releaseOn day")
    @APIResponse(responseCode = "400", description = "a field too long, requestText on an item without a request, "
            + "or factualCheckOverride missing for a held text (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "no token or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "the item is not pending")
    public ReviewItem approve(@PathParam("id") UUID id, ReviewDecision.Approval body) {
        PublicationWorkflow.Edits edits = null;
        if (body != null) {
            length("title", body.title(), MAX_TITLE);
            length("requestText", body.requestText(), MAX_TEXT);
            length("text", body.text(), MAX_TEXT);
            length("factualCheckOverride", body.factualCheckOverride(), MAX_REASON);
            edits = new PublicationWorkflow.Edits(body.title(), body.requestText(), body.text(),
                    body.factualCheckOverride());
        }
        return ReviewItem.of(workflow.approve(id, edits, identity.getPrincipal().getName()));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SPOC)
    @Operation(summary = "Send an item back with a reason (PUB-3); it is never published",
            description = "Role: spoc. Raises publication.returned with the reason.")
    @APIResponse(responseCode = "200", description = "the returned item")
    @APIResponse(responseCode = "400", description = "reason missing or longer than 2000 characters")
    @APIResponse(responseCode = "401", description = "no token or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "the item is not pending")
    public ReviewItem sendBack(@PathParam("id") UUID id, ReviewDecision.Reason body) {
        return ReviewItem.of(workflow.sendBack(id, reason(body), identity.getPrincipal().getName()));
    }

    static String reason(ReviewDecision.Reason body) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw new InvalidFieldException("reason", "is required");
        }
        length("reason", body.reason(), MAX_REASON);
        return body.reason();
    }

    static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
    }
}
