package uk.police.purdah.publication.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateData;
import uk.police.purdah.publication.mapping.PublicCandidate;
import uk.police.purdah.publication.mapping.PublicationPage;

/** What the portal's front page shows (PUB-6). */
@TemplateData
public record PortalView(List<ElectionChoice> elections, ElectionChoice election, List<PublicCandidate> candidates,
        List<String> parties, PublicationPage publications, String q, String kind, ChainHead head) {

    @TemplateData
    public record ElectionChoice(UUID id, String label, boolean selected) {
    }

    public String pageLink(int page) {
        StringBuilder link = new StringBuilder("/?page=").append(page);
        if (election != null) {
            link.append("&electionId=").append(election.id());
        }
        if (q != null && !q.isBlank()) {
            link.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (kind != null && !kind.isBlank()) {
            link.append("&kind=").append(URLEncoder.encode(kind, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    public String nextLink() {
        return pageLink(publications.page() + 1);
    }

    public String previousLink() {
        return pageLink(publications.page() - 1);
    }

    public boolean kindIs(String value) {
        return value.equalsIgnoreCase(kind == null ? "" : kind);
    }
}
