package uk.police.purdah.publication.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.publication.model.Publication;

/** An item of the SPOC's review queue (PUB-3), with the purdah factual check's findings (PUB-5). */
@Schema(name = "ReviewItem")
public record ReviewItem(UUID id, UUID electionId, Publication.Kind kind,
        @Schema(description = "the request, offer or engagement it came from") UUID sourceId,
        Publication.Status status,
        @Schema(description = "anonymised (PUB-2); as approved once approved") String title,
        String requestText, String text,
        @Schema(description = "the texts as anonymised when queued, before any edit") String queuedTitle,
        String queuedRequestText, String queuedText,
        @Schema(description = "the SPOC's edits: [-removed-] {+added+}") String editDiff,
        @Schema(description = "what the anonymiser removed, by kind") Map<String, Integer> removed,
        FactualCheckView factualCheck, LocalDate queuedOn, String reviewedBy, OffsetDateTime reviewedAt,
        String returnReason, LocalDate releaseOn, LocalDate publishedOn, LocalDate withdrawnOn,
        String withdrawalReason) {

    @Schema(name = "FactualCheck")
    public record FactualCheckView(
            @Schema(description = "whether the purdah window applies to this item (CAL-3)") boolean applies,
            @Schema(description = "held for review by PUB-5") boolean held,
            List<Publication.HoldReason> reasons,
            @Schema(description = "the SPOC's reason for approving a held text") String override) {
    }

    public static ReviewItem of(Publication p) {
        return new ReviewItem(p.publicationId, p.electionId, p.kind, p.sourceId, p.status, p.title, p.requestText,
                p.text, p.queuedTitle, p.queuedRequestText, p.queuedText, p.editDiff, p.removed,
                new FactualCheckView(p.dealingInsidePurdah, p.held, p.holdReasons == null ? List.of() : p.holdReasons,
                        p.factualCheckOverride),
                p.queuedOn, p.reviewedBy, p.reviewedAt, p.returnReason, p.releaseOn, p.publishedOn, p.withdrawnOn,
                p.withdrawalReason);
    }
}
