package uk.police.purdah.publication.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import uk.police.purdah.publication.mapping.PublicPublication;
import uk.police.purdah.publication.mapping.PublicationPage;
import uk.police.purdah.publication.model.Publication;
import uk.police.purdah.publication.model.Publication.Kind;
import uk.police.purdah.publication.model.Publication.Status;
import uk.police.purdah.support.problem.NotFoundException;

/** PUB-6: the public view: published items and withdrawal notices only, newest release first. */
@ApplicationScoped
public class PublicationQuery {

    public PublicationPage search(UUID electionId, Kind kind, String q, int page, int size) {
        StringBuilder where = new StringBuilder("status in (:public)");
        Map<String, Object> params = new HashMap<>();
        params.put("public", List.of(Status.PUBLISHED, Status.WITHDRAWN));
        if (electionId != null) {
            where.append(" and electionId = :election");
            params.put("election", electionId);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            // a withdrawn item's texts are no longer public, so they are not searched either (PUB-7)
            where.append(" and (lower(title) like :q escape '\\' or (status = :published and (lower(text) like :q"
                    + " escape '\\' or lower(coalesce(requestText, '')) like :q escape '\\')))");
            params.put("q", "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            params.put("published", Status.PUBLISHED);
        }
        PanacheQuery<Publication> query = Publication.find(where
                + " order by publishedOn desc, title, publicationId", params);
        long total = query.count();
        List<PublicPublication> items = new ArrayList<>(query.page(Page.of(page, size)).list().stream()
                .map(PublicPublication::of).toList());
        return new PublicationPage(total, page, size, items);
    }

    public PublicPublication get(UUID id) {
        Publication p = Publication.findById(id);
        if (p == null || !p.isPublic()) {
            throw new NotFoundException("no publication " + id);
        }
        return PublicPublication.of(p);
    }

}
