package uk.police.purdah.publication.rest;

import static uk.police.purdah.support.Roles.SPOC;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.publication.mapping.RedactionPreview;
import uk.police.purdah.publication.service.RedactionService;
import uk.police.purdah.support.problem.InvalidFieldException;

@Path("/api/redactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "redactions")
@SecurityRequirement(name = "SecurityScheme")
public class RedactionResource {

    /** DESIGN §6: a limit on field lengths. */
    public static final int MAX_TEXT = 50_000;

    private final RedactionService redactions;

    public RedactionResource(RedactionService redactions) {
        this.redactions = redactions;
    }

    @POST
    @Path("preview")
    @RolesAllowed(SPOC)
    @Operation(summary = "How a text would be published for an election (PUB-2)",
            description = "Removes the registry's candidates and agents (names, variants, initials, possessives), "
                    + "their parties, and e-mail addresses, UK phone numbers, postcodes, street addresses, URLs and "
                    + "social handles, and names of other people found by the name detector ([person]); each removal "
                    + "becomes a typed placeholder such as [candidate]. The police area, office holders' titles, "
                    + "dates, policing terms and places that are not addresses are kept. Role: spoc. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "the redacted text, each removal, and counts by kind")
    @APIResponse(responseCode = "400", description = "electionId or text missing, or text longer than 50000 characters")
    @APIResponse(responseCode = "401", description = "no token or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no candidate has been registered for this election")
    public RedactionPreview.Response preview(RedactionPreview.Request body) {
        if (body == null) {
            throw new InvalidFieldException("body", "a JSON object with electionId and text is required");
        }
        if (body.electionId() == null) {
            throw new InvalidFieldException("electionId", "is required");
        }
        if (body.text() == null || body.text().isBlank()) {
            throw new InvalidFieldException("text", "is required");
        }
        if (body.text().length() > MAX_TEXT) {
            throw new InvalidFieldException("text", "must be at most " + MAX_TEXT + " characters");
        }
        return RedactionPreview.Response.of(redactions.redact(body.electionId(), body.text()));
    }
}
