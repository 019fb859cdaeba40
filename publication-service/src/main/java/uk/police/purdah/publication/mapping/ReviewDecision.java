package uk.police.purdah.publication.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the review and withdrawal endpoints (PUB-3, PUB-7). */
public final class ReviewDecision {

    private ReviewDecision() {
    }

    @Schema(name = "Approval", description = "every field optional: an edited text is anonymised again (PUB-2)")
    public record Approval(
            @Schema(maxLength = 500) String title,
            @Schema(maxLength = 50000, description = "the request, for a response only") String requestText,
            @Schema(maxLength = 50000) String text,
            @Schema(maxLength = 2000, description = "required when the purdah factual check (PUB-5) holds the text")
            String factualCheckOverride) {
    }

    @Schema(name = "Reason")
    public record Reason(@Schema(required = true, maxLength = 2000) String reason) {
    }
}
