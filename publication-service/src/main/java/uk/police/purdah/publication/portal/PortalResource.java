package uk.police.purdah.publication.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.police.purdah.publication.mapping.PublicCandidate;
import uk.police.purdah.publication.mapping.PublicPublication;
import uk.police.purdah.publication.mapping.PublicationPage;
import uk.police.purdah.publication.model.Election;
import uk.police.purdah.publication.model.Publication;
import uk.police.purdah.publication.model.RegistryCandidate;
import uk.police.purdah.publication.service.PublicCaching;
import uk.police.purdah.publication.service.PublicationQuery;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.problem.QueryParameters;

/**
 * PUB-6, PUB-7: the OPCC portal, server-rendered with Qute (every value escaped) and GOV.UK Frontend's CSS served
 * from its webjar; no JavaScript.
 */
@Path("/")
@Tag(name = "portal")
public class PortalResource {

    static final String GOVUK = "/webjars/govuk-frontend/5.14.0/dist/govuk";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PortalView view, String govuk);

        static native TemplateInstance publication(PublicPublication item, String electionLabel, ChainHead head,
                String govuk);

        static native TemplateInstance notFound(ChainHead head, String govuk);

        static native TemplateInstance feed(List<PublicPublication> items, String updated, String baseUrl);
    }

    private final PublicationQuery query;
    private final ChainHeads heads;
    private final PublicCaching caching;
    private final String baseUrl;

    public PortalResource(PublicationQuery query, ChainHeads heads, PublicCaching caching,
            @ConfigProperty(name = "purdah.portal.base-url", defaultValue = "http://127.0.0.1:8083") String baseUrl) {
        this.query = query;
        this.heads = heads;
        this.caching = caching;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The portal: the election, its candidates and parties, publications with search and "
            + "filters, withdrawal notices and the audit chain head (PUB-6, PUB-7)", description = "Public, no token.")
    @APIResponse(responseCode = "200", description = "the page")
    @APIResponse(responseCode = "400", description = "a bad parameter, named in the problem+json")
    public Response index(@QueryParam("electionId") String electionId, @QueryParam("q") String q,
            @QueryParam("kind") String kind, @QueryParam("page") String page) {
        QueryParameters params = new QueryParameters();
        UUID wanted = params.uuid("electionId", electionId);
        Publication.Kind kindWanted = params.enumValue("kind", kind, Publication.Kind.class);
        String text = params.text("q", q, 200);
        int pageNumber = params.integer("page", page, 0, 0, 100_000);
        params.check();

        List<PortalView.ElectionChoice> elections = new ArrayList<>();
        Map<UUID, String> labels = electionLabels();
        UUID selected = wanted != null ? wanted : labels.keySet().stream().findFirst().orElse(null);
        labels.forEach((id, label) -> elections.add(new PortalView.ElectionChoice(id, label, id.equals(selected))));
        PortalView.ElectionChoice election = selected == null ? null
                : new PortalView.ElectionChoice(selected, labels.getOrDefault(selected, "Election"), true);
        List<RegistryCandidate> standing = selected == null ? List.of() : RegistryCandidate.list(
                "electionId = ?1 and status <> ?2 order by name", selected, RegistryCandidate.Status.WITHDRAWN);
        List<PublicCandidate> candidates = standing.stream().map(PublicCandidate::of).toList();
        List<String> parties = standing.stream().map(c -> c.party).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .distinct().sorted().toList();
        PublicationPage publications = query.search(selected, kindWanted, text, pageNumber, 20);
        PortalView view = new PortalView(elections, election, candidates, parties, publications, text,
                kindWanted == null ? null : kindWanted.name(), heads.current().orElse(null));
        return Response.ok(Templates.index(view, GOVUK).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("publications/{id}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One publication, or the notice that it was withdrawn and why (PUB-6, PUB-7)",
            description = "Public, no token.")
    @APIResponse(responseCode = "200", description = "the page")
    @APIResponse(responseCode = "404", description = "no such publication, or not released")
    public Response publication(@PathParam("id") String id) {
        PublicPublication item;
        try {
            item = query.get(UUID.fromString(id));
        } catch (NotFoundException | IllegalArgumentException e) {
            // a page for people, not a problem+json: the portal is read in a browser
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(heads.current().orElse(null),
                    GOVUK).render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        String label = electionLabels().getOrDefault(item.electionId(), "Election");
        return Response.ok(Templates.publication(item, label, heads.current().orElse(null), GOVUK).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", caching.cacheControl()).build();
    }

    @GET
    @Path("feed.atom")
    @PermitAll
    @Produces("application/atom+xml")
    @Operation(summary = "Atom 1.0 feed of publications and withdrawal notices, newest first (PUB-6)",
            description = "Public, no token. Entries are dated by the day of their release (PUB-4).")
    @APIResponse(responseCode = "200", description = "the feed")
    public Response feed() {
        List<PublicPublication> items = query.search(null, null, null, 0, 50).items();
        String updated = items.stream().map(PublicPublication::atomUpdated).max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH + "T00:00:00Z");
        return Response.ok(Templates.feed(items, updated, baseUrl).render(), "application/atom+xml;charset=UTF-8")
                .header("Cache-Control", caching.cacheControl()).build();
    }

    /** Known elections, latest poll first: from the election events, else from the candidate registry. */
    private static Map<UUID, String> electionLabels() {
        Map<UUID, String> labels = new LinkedHashMap<>();
        List<Election> elections = Election.list("order by pollDate desc nulls last, electionId");
        for (Election e : elections) {
            labels.put(e.electionId, "Police and Crime Commissioner election"
                    + (e.policeArea == null ? "" : ", " + e.policeArea)
                    + (e.pollDate == null ? "" : ", poll on " + e.pollDate.format(
                            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
        }
        List<UUID> fromRegistry = RegistryCandidate.getEntityManager().createQuery(
                "select distinct c.electionId from RegistryCandidate c", UUID.class).getResultList();
        for (UUID id : fromRegistry) {
            labels.putIfAbsent(id, "Police and Crime Commissioner election " + id);
        }
        return labels;
    }
}
