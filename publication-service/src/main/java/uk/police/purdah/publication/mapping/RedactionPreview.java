package uk.police.purdah.publication.mapping;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.police.purdah.publication.anonymiser.Anonymiser;

/** The body and the answer of {@code POST /api/redactions/preview} (PUB-2). */
public final class RedactionPreview {

    private RedactionPreview() {
    }

    @Schema(name = "RedactionPreviewRequest")
    public record Request(
            @Schema(required = true, description = "the election whose candidate registry drives the redaction") UUID electionId,
            @Schema(required = true, maxLength = 50000, description = "the text as it would be published") String text) {
    }

    @Schema(name = "Removal")
    public record Removed(
            @Schema(enumeration = { "candidate", "agent", "party", "email", "url", "handle", "phone", "postcode",
                    "address", "person" }, description = "what was removed; [person] is someone outside the "
                            + "registry found by the name detector") String kind,
            @Schema(description = "the removed text") String text,
            @Schema(description = "offset of its first character in the submitted text") int start,
            @Schema(description = "offset just past its last character") int end) {
    }

    @Schema(name = "RedactionPreview")
    public record Response(
            @Schema(description = "the text with each removal replaced by a typed placeholder such as [candidate]") String redactedText,
            List<Removed> removed,
            @Schema(description = "how many removals of each kind") Map<String, Integer> counts) {

        public static Response of(Anonymiser.Result result) {
            Map<String, Integer> counts = new TreeMap<>();
            result.counts().forEach((k, n) -> counts.put(k.name().toLowerCase(java.util.Locale.ROOT), n));
            return new Response(result.redactedText(), result.removed().stream()
                    .map(r -> new Removed(r.kind().name().toLowerCase(java.util.Locale.ROOT), r.text(), r.start(),
                            r.end()))
                    .toList(), counts);
        }
    }
}
