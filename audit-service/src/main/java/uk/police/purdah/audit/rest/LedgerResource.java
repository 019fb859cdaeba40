package uk.police.purdah.audit.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.SPOC;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.purdah.audit.mapping.LedgerEntryView;
import uk.police.purdah.audit.mapping.LedgerHead;
import uk.police.purdah.audit.repository.LedgerFilter;
import uk.police.purdah.audit.service.LedgerService;

@Path("/api/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger", description = "The append-only audit ledger of every event (AUD-1..6)")
public class LedgerResource {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    private final LedgerService ledger;
    private final ObjectMapper json;

    public LedgerResource(LedgerService ledger, ObjectMapper json) {
        this.ledger = ledger;
        this.json = json;
    }

    @GET
    @RolesAllowed({AUDITOR, SPOC})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Ledger entries in ledger order, filtered by election, candidate, staff member, kind "
            + "and period (AUD-4)")
    @APIResponse(responseCode = "200", description = "the entries, oldest first, at most `limit` of them")
    @APIResponse(responseCode = "400", description = "a parameter is wrong; the problem names it")
    public List<LedgerEntryView> search(
            @Parameter(description = "election id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("electionId") String electionId,
            @Parameter(description = "candidate id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("candidateId") String candidateId,
            @Parameter(description = "the staff member who caused the event (the token's user name)")
            @QueryParam("actor") String actor,
            @Parameter(description = "kind, e.g. `request.received` or `dead-letter`, or a full CloudEvents type")
            @QueryParam("kind") String kind,
            @Parameter(description = "events at or after this time, ISO 8601 with offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "events before this time, ISO 8601 with offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("to") String to,
            @Parameter(description = "at most this many entries (1.." + MAX_LIMIT + ", default " + DEFAULT_LIMIT + ")",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5000",
                            defaultValue = "500"))
            @QueryParam("limit") String limit) {
        QueryParameters parameters = new QueryParameters();
        LedgerFilter filter = new LedgerFilter(parameters.uuid("electionId", electionId),
                parameters.uuid("candidateId", candidateId), parameters.text("actor", actor, 200),
                parameters.text("kind", kind, 200), parameters.time("from", from), parameters.time("to", to),
                parameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        OffsetDateTime start = filter.from();
        OffsetDateTime end = filter.to();
        parameters.ensure(start == null || end == null || start.isBefore(end), "to", "must be after from");
        parameters.check();
        return ledger.search(filter).stream().map(entry -> LedgerEntryView.of(entry, json)).toList();
    }

    @GET
    @Path("head")
    @PermitAll
    @Operation(summary = "The newest ledger entry: its sequence number and event id; sequence 0 when the ledger "
            + "is empty (AUD-3, published on the portal)")
    public LedgerHead head() {
        return ledger.head().map(LedgerHead::of).orElse(LedgerHead.EMPTY);
    }
}
