package uk.police.purdah.publication.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.publication.mapping.PublicCandidate;
import uk.police.purdah.publication.service.CandidateRegistry;

@Path("/api/elections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal")
public class PublicCandidateResource {

    private final CandidateRegistry registry;

    public PublicCandidateResource(CandidateRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Path("{id}/candidates")
    @PermitAll
    @Operation(summary = "The candidates of an election: names and parties only (PUB-6)",
            description = "Public. Withdrawn candidates are not listed; contacts and agents are never shown.")
    @APIResponse(responseCode = "200", description = "the candidates standing, by name")
    @APIResponse(responseCode = "404", description = "no candidate has been registered for this election")
    public List<PublicCandidate> candidates(@PathParam("id") UUID electionId) {
        return registry.standing(electionId).stream().map(PublicCandidate::of).toList();
    }
}
