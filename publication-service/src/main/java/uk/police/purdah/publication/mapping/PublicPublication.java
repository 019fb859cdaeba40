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
@io.quarkus.qute.TemplateData
public record PublicPublication(UUID id, UUID electionId, Publication.Kind kind,
        @Schema(enumeration = { "PUBLISHED", "WITHDRAWN" }) Publication.Status status, String title,
        @Schema(description = "the request, for a response; absent once withdrawn") String requestText,
        @Schema(description = "the response, the notes or the briefing material; absent once withdrawn") String text,
        @Schema(description = "the day of the release that published it; never a time") LocalDate publishedOn,
        Withdrawal withdrawal) {

    @Schema(name = "WithdrawalNotice")
    @io.quarkus.qute.TemplateData
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

    /** The text as paragraphs, for the portal page. */
    public java.util.List<String> paragraphs() {
        return text == null ? java.util.List.of() : java.util.Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public java.util.List<String> requestParagraphs() {
        return requestText == null ? java.util.List.of() : java.util.Arrays.stream(requestText.split("\\n\\s*\\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Atom's updated: the day of the release (or of the withdrawal) at midnight UTC; never a time of the request. */
    public String atomUpdated() {
        java.time.LocalDate day = withdrawal != null && withdrawal.withdrawnOn() != null ? withdrawal.withdrawnOn()
                : publishedOn;
        return (day == null ? java.time.LocalDate.EPOCH : day) + "T00:00:00Z";
    }

    public String kindLabel() {
        return switch (kind) {
            case RESPONSE -> "Request and response";
            case MEETING_NOTES -> "Meeting notes";
            case BRIEFING_MATERIAL -> "Briefing material";
        };
    }
}
