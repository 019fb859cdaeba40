package uk.police.purdah.audit.rest;

import static uk.police.purdah.support.Roles.AUDITOR;
import static uk.police.purdah.support.Roles.SPOC;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;

import io.quarkus.security.identity.SecurityIdentity;
import uk.police.purdah.audit.chain.ChainVerifier.Verification;
import uk.police.purdah.audit.mapping.LedgerCsv;
import uk.police.purdah.audit.mapping.LedgerEntryView;
import uk.police.purdah.audit.mapping.LedgerHead;
import uk.police.purdah.audit.repository.LedgerFilter;
import uk.police.purdah.audit.retention.LedgerRetention;
import uk.police.purdah.audit.service.LedgerService;
import uk.police.purdah.audit.service.LedgerService.Read;

/**
 * The auditor's view of the ledger: queries and streamed exports (AUD-4), verification (AUD-3),
 * each of them recorded in the ledger first (AUD-5); and the public chain head (AUD-3). Nothing
 * here changes an entry (AUD-2).
 */
@Path("/api/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger", description = "The append-only, hash-chained audit ledger of every event (AUD-1..6)")
public class LedgerResource {

    private static final MediaType CSV = MediaType.valueOf(LedgerCsv.MEDIA_TYPE);

    private final LedgerService ledger;
    private final LedgerRetention retention;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public LedgerResource(LedgerService ledger, LedgerRetention retention, ObjectMapper json,
            SecurityIdentity identity) {
        this.ledger = ledger;
        this.retention = retention;
        this.json = json;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, LedgerCsv.MEDIA_TYPE})
    @RolesAllowed({AUDITOR, SPOC})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "A page of ledger entries in ledger order, filtered by election, candidate, staff member, "
            + "kind, period and purdah flag (AUD-4); with `Accept: text/csv`, every matching entry as RFC 4180 CSV, "
            + "streamed. The read is recorded in the ledger first (AUD-5)", description = "Roles: auditor, spoc.")
    @APIResponse(responseCode = "200", description = "JSON: the entries, oldest first, at most `limit` of them; the "
            + "next page is `after=<last sequence>`. CSV: a header line, then one line per entry, oldest first",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = LedgerEntryView.class)),
                @Content(mediaType = LedgerCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "a parameter is wrong; the problem names it")
    @APIResponse(responseCode = "401", description = "no token, or one that is expired or not from the force's"
            + " identity provider")
    @APIResponse(responseCode = "403", description = "a role other than auditor or spoc")
    public Response search(@BeanParam LedgerQuery query, @Context HttpHeaders headers) {
        if (wantsCsv(headers)) {
            return csv(query.filter(true));
        }
        LedgerFilter filter = query.filter(false);
        List<LedgerEntryView> entries = ledger.search(reader(), filter).stream()
                .map(entry -> LedgerEntryView.of(entry, json, retention)).toList();
        return Response.ok(entries, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, LedgerCsv.MEDIA_TYPE})
    @RolesAllowed({AUDITOR, SPOC})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Every matching entry, streamed: one JSON array, or RFC 4180 CSV with `Accept: text/csv` "
            + "(AUD-4); no default limit. The export is recorded in the ledger first (AUD-5)",
            description = "Roles: auditor, spoc.")
    @APIResponse(responseCode = "200", description = "the entries, oldest first, as `GET /api/ledger` gives them",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = LedgerEntryView.class)),
                @Content(mediaType = LedgerCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "a parameter is wrong; the problem names it")
    @APIResponse(responseCode = "401", description = "no token, or one that is expired or not from the force's"
            + " identity provider")
    @APIResponse(responseCode = "403", description = "a role other than auditor or spoc")
    public Response export(@BeanParam LedgerQuery query, @Context HttpHeaders headers) {
        LedgerFilter filter = query.filter(true);
        return wantsCsv(headers) ? csv(filter) : json(filter);
    }

    @GET
    @Path("verification")
    @RolesAllowed(AUDITOR)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Walks the whole chain and names the first broken link, if any (AUD-3); the walk is "
            + "recorded in the ledger first (AUD-5)", description = "Roles: auditor.")
    @APIResponse(responseCode = "200", description = "`valid`, the number of `entries`, the `head` walked to, and "
            + "when not valid the `firstBrokenSequence` with the `reason`")
    @APIResponse(responseCode = "401", description = "no token, or one that is expired or not from the force's"
            + " identity provider")
    @APIResponse(responseCode = "403", description = "a role other than auditor")
    public Verification verification() {
        return ledger.verify(reader());
    }

    @GET
    @Path("head")
    @PermitAll
    @Operation(summary = "The chain head: the newest entry's sequence, event id and hash; sequence 0 and the "
            + "genesis hash when the ledger is empty (AUD-3, published on the portal). Not recorded as a read: it "
            + "is public and says nothing of any entry's content")
    @APIResponse(responseCode = "200", description = "the head")
    public LedgerHead head() {
        return ledger.head().map(LedgerHead::of).orElse(LedgerHead.EMPTY);
    }

    /** CSV only when the client prefers it to JSON: {@code *}{@code /*} and no Accept mean JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }

    private Response json(LedgerFilter filter) {
        ledger.recordRead(reader(), Read.EXPORT, filter, "json");
        StreamingOutput body = output -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(output)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    SequenceWriter array = json.writer().writeValuesAsArray(generator)) {
                ledger.export(filter, entry -> {
                    try {
                        array.write(LedgerEntryView.of(entry, json, retention));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private Response csv(LedgerFilter filter) {
        ledger.recordRead(reader(), Read.EXPORT, filter, "csv");
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            LedgerCsv.header(out);
            ledger.export(filter, entry -> {
                try {
                    LedgerCsv.row(out, entry, retention);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        };
        return Response.ok(body, LedgerCsv.MEDIA_TYPE + ";charset=UTF-8;header=present")
                .header("Content-Disposition", "attachment; filename=\"ledger.csv\"").build();
    }

    private String reader() {
        return identity.getPrincipal().getName();
    }
}
