package uk.police.purdah.intake.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the register, newest first, with how many requests match in all. */
public record RequestPage(
        @Schema(description = "the requests on this page") List<RequestView> items,
        @Schema(description = "how many requests match the filters, on every page") long total,
        @Schema(description = "this page, from 0") int page,
        @Schema(description = "the page size asked for") int size) {
}
