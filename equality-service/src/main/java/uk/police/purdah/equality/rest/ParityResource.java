package uk.police.purdah.equality.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.CHIEF_CONSTABLE;
import static uk.police.purdah.support.Roles.RETURNING_OFFICER;
import static uk.police.purdah.support.Roles.SPOC;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.police.purdah.equality.mapping.FindingView;
import uk.police.purdah.equality.mapping.ParityReports;
import uk.police.purdah.equality.mapping.ParityView;
import uk.police.purdah.equality.model.Finding;
import uk.police.purdah.equality.service.FindingService;
import uk.police.purdah.equality.service.ParityService;
import uk.police.purdah.support.problem.QueryParameters;

@Path("/api/elections")
@Tag(name = "parity")
@SecurityRequirement(name = "SecurityScheme")
public class ParityResource {

    public static final String TEXT_CSV = "text/csv";
    private static final List<String> RULES = List.of("EQ-1", "EQ-2", "EQ-3", "EQ-4");

    private final ParityService parity;
    private final FindingService findings;

    public ParityResource(ParityService parity, FindingService findings) {
        this.parity = parity;
        this.findings = findings;
    }

    @GET
    @Path("{id}/parity")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML})
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, RETURNING_OFFICER, AUDITOR})
    @Operation(summary = "The parity report of an election at this moment (EQ-7)",
            description = "Roles: spoc, chief-constable, returning-officer, auditor. Candidates × offers (meetings per"
                    + " office holder), each cell offered / accepted / declined / held with dates, and who is still"
                    + " owed what. JSON by default; `Accept: text/csv` (RFC 4180) or `text/html` (a printable page),"
                    + " or `?format=csv|html|json` for a browser link.")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParityView.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "a bad `format` (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "a role not listed")
    @APIResponse(responseCode = "404", description = "no election with this id has been scheduled")
    @APIResponse(responseCode = "406", description = "none of JSON, CSV or HTML is acceptable")
    public Response parity(@PathParam("id") UUID electionId,
            @Parameter(description = "json, csv or html; overrides the Accept header") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        String wanted = parameters.text("format", format, 10);
        parameters.ensure(wanted == null || List.of("json", "csv", "html").contains(wanted.toLowerCase(Locale.ROOT)),
                "format", "must be one of json, csv, html");
        parameters.check();
        MediaType type = wanted != null ? switch (wanted.toLowerCase(Locale.ROOT)) {
            case "csv" -> MediaType.valueOf(TEXT_CSV);
            case "html" -> MediaType.TEXT_HTML_TYPE;
            default -> MediaType.APPLICATION_JSON_TYPE;
        } : negotiate(headers.getAcceptableMediaTypes());
        ParityView view = parity.parity(electionId);
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(ParityReports.html(view), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (type.isCompatible(MediaType.valueOf(TEXT_CSV))) {
            return Response.ok(ParityReports.csv(view), MediaType.valueOf(TEXT_CSV).withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"parity-" + electionId + ".csv\"")
                    .build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first acceptable of JSON, CSV, HTML in the client's order of preference; a wildcard means JSON. */
    private static MediaType negotiate(List<MediaType> acceptable) {
        List<MediaType> offered = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(TEXT_CSV),
                MediaType.TEXT_HTML_TYPE);
        if (acceptable.isEmpty()) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        for (MediaType accepted : acceptable) {
            for (MediaType candidate : offered) {
                if (accepted.isCompatible(candidate)) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException("the parity report is served as application/json, text/csv or text/html");
    }

    @GET
    @Path("{id}/findings")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({SPOC, CHIEF_CONSTABLE, RETURNING_OFFICER, AUDITOR})
    @Operation(summary = "The findings of an election: who is owed what and by when (EQ-1..4, EQ-6)",
            description = "Roles: spoc, chief-constable, returning-officer, auditor. Oldest first, each with who is"
                    + " owed (and who was settled, by the offer or their withdrawal), the requests compared (EQ-3),"
                    + " the times compared (EQ-4), how it ended and its history. `status=open` for those not"
                    + " resolved yet (breached ones included: `breached` is true), `status=resolved`; `rule=EQ-1`..`EQ-4`.")
    @APIResponse(responseCode = "200", description = "the findings")
    @APIResponse(responseCode = "400", description = "a bad `status` or `rule` (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "a role not listed")
    @APIResponse(responseCode = "404", description = "no election with this id has been scheduled")
    public List<FindingView> findings(@PathParam("id") UUID electionId,
            @Parameter(description = "open or resolved") @QueryParam("status") String status,
            @Parameter(description = "EQ-1, EQ-2, EQ-3 or EQ-4") @QueryParam("rule") String rule) {
        QueryParameters parameters = new QueryParameters();
        Finding.Status wantedStatus = parameters.enumValue("status", status, Finding.Status.class);
        String wantedRule = parameters.text("rule", rule, 10);
        if (wantedRule != null) {
            wantedRule = wantedRule.toUpperCase(Locale.ROOT);
            parameters.ensure(RULES.contains(wantedRule), "rule", "must be one of " + RULES);
        }
        parameters.check();
        return findings.findings(electionId, wantedStatus, wantedRule);
    }
}
