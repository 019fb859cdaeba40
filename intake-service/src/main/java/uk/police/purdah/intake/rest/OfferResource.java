package uk.police.purdah.intake.rest;

import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.intake.mapping.OfferForm;
import uk.police.purdah.intake.mapping.OfferView;
import uk.police.purdah.intake.mapping.OutcomeForm;
import uk.police.purdah.intake.service.OfferBook;
import uk.police.purdah.support.problem.QueryParameters;

/** Offers extended to candidates and their outcomes (EQ-1, INT-5, CAL-3). */
@Path("/api/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "offers")
@SecurityRequirement(name = "SecurityScheme")
public class OfferResource {

    private final OfferBook offers;
    private final JsonWebToken caller;

    public OfferResource(OfferBook offers, JsonWebToken caller) {
        this.offers = offers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({SPOC, OPCC_STAFF})
    @Operation(summary = "Extend an offer to a candidate: briefing, visit, meeting with an office holder,"
            + " information pack (EQ-1)", description = "Roles: spoc, opcc-staff. officeHolder is required for a"
            + " MEETING. Emits OfferExtended, marked insidePurdah (CAL-3); equality-service then expects the same"
            + " offer to every other candidate who has not withdrawn.")
    @APIResponse(responseCode = "201", description = "the offer, EXTENDED")
    @APIResponse(responseCode = "400", description = "bad input, naming the field: an unknown election, a candidate"
            + " not of this election, a meeting without officeHolder")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not spoc or opcc-staff")
    @APIResponse(responseCode = "409", description = "the candidate has withdrawn (CAND-1)")
    public Response extend(@Valid @NotNull OfferForm form) {
        OfferBook.Entry entry = offers.extend(form, caller.getName());
        return Response.created(URI.create("/api/offers/" + entry.offer().id))
                .entity(OfferView.of(entry.offer(), entry.candidate())).build();
    }

    @POST
    @Path("{id}/outcome")
    @RolesAllowed({SPOC, OPCC_STAFF})
    @Operation(summary = "Record what came of an offer: ACCEPTED, DECLINED or HELD", description = "Roles: spoc,"
            + " opcc-staff. HELD needs heldAt and notes (published anonymised, INT-5). EXTENDED may become any;"
            + " ACCEPTED may become DECLINED or HELD; DECLINED and HELD are final. Emits OfferAccepted, OfferDeclined"
            + " or EngagementHeld.")
    @APIResponse(responseCode = "200", description = "the offer with its outcome")
    @APIResponse(responseCode = "400", description = "bad input, naming the field")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not spoc or opcc-staff")
    @APIResponse(responseCode = "404", description = "no such offer")
    @APIResponse(responseCode = "409", description = "the outcome does not follow from the offer's status")
    public OfferView outcome(@PathParam("id") UUID id, @Valid @NotNull OutcomeForm form) {
        OfferBook.Entry entry = offers.outcome(id, form, caller.getName());
        return OfferView.of(entry.offer(), entry.candidate());
    }

    @GET
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, OPCC_STAFF})
    @Operation(summary = "The offers, newest first", description = "Roles: spoc, chief-constable, opcc-staff."
            + " Filters: electionId, candidateId.")
    @APIResponse(responseCode = "200", description = "the offers")
    @APIResponse(responseCode = "400", description = "a malformed query parameter, named")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not spoc, chief-constable or opcc-staff")
    public List<OfferView> search(@QueryParam("electionId") String electionId,
            @QueryParam("candidateId") String candidateId) {
        QueryParameters parameters = new QueryParameters();
        UUID election = parameters.uuid("electionId", electionId);
        UUID candidate = parameters.uuid("candidateId", candidateId);
        parameters.check();
        return offers.search(election, candidate).stream().map(e -> OfferView.of(e.offer(), e.candidate())).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, OPCC_STAFF})
    @Operation(summary = "One offer", description = "Roles: spoc, chief-constable, opcc-staff.")
    @APIResponse(responseCode = "200", description = "the offer")
    @APIResponse(responseCode = "401", description = "no token")
    @APIResponse(responseCode = "403", description = "not spoc, chief-constable or opcc-staff")
    @APIResponse(responseCode = "404", description = "no such offer")
    public OfferView get(@PathParam("id") UUID id) {
        OfferBook.Entry entry = offers.get(id);
        return OfferView.of(entry.offer(), entry.candidate());
    }
}
