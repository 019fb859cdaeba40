package uk.police.purdah.publication.mapping;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.publication.model.Publication;

/**
 * What the public sees of a publication (PUB-6): anonymised texts dated by day only (PUB-4); a withdrawn one keeps
 * its title and the notice with the reason, not its texts (PUB-7).
 */
@Schema(name = "Publication")
public record PublicPublication(UUID id, UUID electionId, Publication.Kind kind,
        @Schema(enumeration = { "PUBLISHED", "WITHDRAWN" }) Publication.Status status, String title,
        @Schema(description = "the request, for a response; absent once withdrawn") String requestText,
        @Schema(description = "the response, the notes or the briefing material; absent once withdrawn") String text,
        @Schema(description = "the day of the release that published it; never a time") LocalDate publishedOn,
        Withdrawal withdrawal) {

    @Schema(name = "WithdrawalNotice")
    public record Withdrawal(LocalDate withdrawnOn, String reason) {
    }

    public static PublicPublication of(Publication p) {
        boolean withdrawn = p.status == Publication.Status.WITHDRAWN;
        return new PublicPublication(p.publicationId, p.electionId, p.kind, p.status, p.title,
                withdrawn ? null : p.requestText, withdrawn ? null : p.text, p.publishedOn,
                withdrawn ? new Withdrawal(p.withdrawnOn, p.withdrawalReason) : null);
    }

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    public String kindLabel() {
        return switch (kind) {
            case RESPONSE -> "Request and response";
            case MEETING_NOTES -> "Meeting notes";
            case BRIEFING_MATERIAL -> "Briefing material";
        };
    }
}
