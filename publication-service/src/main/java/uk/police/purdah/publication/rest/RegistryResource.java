package uk.police.purdah.publication.rest;

import static uk.police.purdah.support.Roles.SPOC;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.publication.mapping.RegistryEntry;
import uk.police.purdah.publication.service.CandidateRegistry;

@Path("/api/registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
@SecurityRequirement(name = "SecurityScheme")
public class RegistryResource {

    private final CandidateRegistry registry;

    public RegistryResource(CandidateRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Path("{electionId}")
    @RolesAllowed(SPOC)
    @Operation(summary = "Who must not be identifiable in a publication of this election (PUB-2)",
            description = "Role: spoc. Every candidate, withdrawn ones included, with name, party, agent and contacts.")
    @APIResponse(responseCode = "200", description = "the candidates' full identities, by name")
    @APIResponse(responseCode = "401", description = "no token, or an invalid one")
    @APIResponse(responseCode = "403", description = "not the SPOC")
    @APIResponse(responseCode = "404", description = "no candidate has been registered for this election")
    public List<RegistryEntry> registry(@PathParam("electionId") UUID electionId) {
        return registry.of(electionId).stream().map(RegistryEntry::of).toList();
    }
}
