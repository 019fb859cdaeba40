package uk.police.purdah.equality.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.RETURNING_OFFICER;
import static uk.police.purdah.support.Roles.SPOC;

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

import uk.police.purdah.equality.mapping.ParityView;
import uk.police.purdah.equality.service.ParityService;

@Path("/api/elections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "parity")
@SecurityRequirement(name = "SecurityScheme")
public class ParityResource {

    private final ParityService parity;

    public ParityResource(ParityService parity) {
        this.parity = parity;
    }

    @GET
    @Path("{id}/parity")
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, RETURNING_OFFICER, AUDITOR})
    @Operation(summary = "The parity view of an election (EQ-7)",
            description = "Each candidate, their status and how many of their requests were received.")
    @APIResponse(responseCode = "200", description = "the election's candidates and their requests")
    @APIResponse(responseCode = "404", description = "no election with this id has been scheduled")
    public ParityView parity(@PathParam("id") UUID electionId) {
        return parity.parity(electionId);
    }
}
