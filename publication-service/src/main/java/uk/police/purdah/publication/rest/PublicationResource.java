package uk.police.purdah.publication.rest;

import static uk.police.purdah.support.Roles.SPOC;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import uk.police.purdah.publication.mapping.PublicPublication;
import uk.police.purdah.publication.mapping.PublicationPage;
import uk.police.purdah.publication.mapping.ReviewDecision;
import uk.police.purdah.publication.mapping.ReviewItem;
import uk.police.purdah.publication.model.Publication;
import uk.police.purdah.publication.service.PublicCaching;
import uk.police.purdah.publication.service.PublicationQuery;
import uk.police.purdah.publication.service.PublicationWorkflow;
import uk.police.purdah.support.problem.QueryParameters;

@Path("/api/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal")
public class PublicationResource {

    static final int MAX_QUERY = 200;
    static final int MAX_SIZE = 100;

    private final PublicationQuery query;
    private final PublicationWorkflow workflow;
    private final PublicCaching caching;
    private final SecurityIdentity identity;

    public PublicationResource(PublicationQuery query, PublicationWorkflow workflow, PublicCaching caching,
            SecurityIdentity identity) {
        this.query = query;
        this.workflow = workflow;
        this.caching = caching;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Published requests with responses, meeting notes, briefing material and withdrawal "
            + "notices (PUB-6, PUB-7)",
            description = "Public, no token. Anonymised (PUB-2), dated by day only (PUB-4), newest release first. "
                    + "q searches titles and texts (case-insensitive); page counts from 0; size 1..100, default 20. "
                    + "ETag and Cache-Control; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "a page of publications with the total",
            content = @Content(schema = @Schema(implementation = PublicationPage.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "a bad parameter, named in the problem+json")
    public Response search(@QueryParam("electionId") String electionId, @QueryParam("kind") String kind,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context Request request) {
        QueryParameters params = new QueryParameters();
        UUID election = params.uuid("electionId", electionId);
        Publication.Kind wanted = params.enumValue("kind", kind, Publication.Kind.class);
        String text = params.text("q", q, MAX_QUERY);
        Integer pageNumber = params.integer("page", page, 0, 0, 100_000);
        Integer pageSize = params.integer("size", size, 20, 1, MAX_SIZE);
        params.check();
        return caching.respond(request, query.search(election, wanted, text, pageNumber, pageSize));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One publication or withdrawal notice (PUB-6, PUB-7)",
            description = "Public, no token. Items not yet released are not public (404). ETag and Cache-Control.")
    @APIResponse(responseCode = "200", description = "the publication",
            content = @Content(schema = @Schema(implementation = PublicPublication.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "no such publication, or not released")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return caching.respond(request, query.get(id));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SPOC)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Withdraw a published item with a public reason (PUB-7)",
            description = "Role: spoc. The texts leave the portal; a notice with the day and the reason stays. "
                    + "Raises publication.withdrawn.")
    @APIResponse(responseCode = "200", description = "the withdrawn item",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, implementation = ReviewItem.class)))
    @APIResponse(responseCode = "400", description = "reason missing or longer than 2000 characters")
    @APIResponse(responseCode = "401", description = "no token or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no such publication")
    @APIResponse(responseCode = "409", description = "not published (pending, returned, approved, or withdrawn already)")
    public ReviewItem withdraw(@PathParam("id") UUID id, ReviewDecision.Reason body) {
        return ReviewItem.of(workflow.withdraw(id, ReviewResource.reason(body), identity.getPrincipal().getName()));
    }
}
