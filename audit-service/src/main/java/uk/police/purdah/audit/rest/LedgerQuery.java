package uk.police.purdah.audit.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.police.purdah.audit.repository.LedgerFilter;
import uk.police.purdah.support.problem.QueryParameters;

/**
 * The query parameters of a ledger query or export (AUD-4), as text, so that each wrong one is
 * named in a 400 (DESIGN §6) instead of the 404 JAX-RS gives a parameter it cannot convert.
 */
public class LedgerQuery {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    @Parameter(description = "election id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("electionId")
    String electionId;

    @Parameter(description = "candidate id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("candidateId")
    String candidateId;

    @Parameter(description = "who caused the entry: the staff member (the token's user name), or the reader of a "
            + "`ledger.read`")
    @QueryParam("actor")
    String actor;

    @Parameter(description = "kind, e.g. `request.received`, `dead-letter` or `ledger.read`, or a full CloudEvents "
            + "type")
    @QueryParam("kind")
    String kind;

    @Parameter(description = "entries whose event time is at or after this, ISO 8601 with offset",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("from")
    String from;

    @Parameter(description = "entries whose event time is before this, ISO 8601 with offset",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("to")
    String to;

    @Parameter(description = "only entries inside (true) or outside (false) purdah (CAL-3)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("insidePurdah")
    String insidePurdah;

    @Parameter(description = "paging: only entries with a higher sequence (the last sequence of the previous page)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
    @QueryParam("after")
    String after;

    @Parameter(description = "at most this many entries: 1.." + MAX_LIMIT + ", default " + DEFAULT_LIMIT
            + "; an export has no default and no maximum",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("limit")
    String limit;

    /** The filter these parameters ask for; throws a 400 naming every wrong one. */
    LedgerFilter filter(boolean export) {
        QueryParameters parameters = new QueryParameters();
        LedgerFilter filter = new LedgerFilter(parameters.uuid("electionId", electionId),
                parameters.uuid("candidateId", candidateId), parameters.text("actor", actor, 200),
                parameters.text("kind", kind, 200), parameters.time("from", from), parameters.time("to", to),
                parameters.bool("insidePurdah", insidePurdah),
                parameters.longInteger("after", after, 0, Long.MAX_VALUE),
                export ? parameters.integer("limit", limit, null, 1, Integer.MAX_VALUE)
                        : parameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        parameters.ensure(filter.from() == null || filter.to() == null || filter.from().isBefore(filter.to()), "to",
                "must be after from");
        parameters.check();
        return filter;
    }
}
