package uk.police.purdah.publication.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * PUB-6: the public read API is cacheable: a strong ETag from the body's content (so If-None-Match answers 304)
 * and {@code Cache-Control: public, max-age=purdah.portal.max-age} (default 5 minutes: a release or a withdrawal
 * shows within that time).
 */
@ApplicationScoped
public class PublicCaching {

    private final ObjectMapper mapper;
    private final String cacheControl;

    public PublicCaching(ObjectMapper mapper,
            @ConfigProperty(name = "purdah.portal.max-age", defaultValue = "PT5M") Duration maxAge) {
        this.mapper = mapper;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    public Response respond(Request request, Object body) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EntityTag tag = new EntityTag(PublicationInputs.sha256(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 32));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header("Cache-Control", cacheControl).build();
        }
        return Response.ok(json, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).tag(tag)
                .header("Cache-Control", cacheControl).build();
    }

    public String cacheControl() {
        return cacheControl;
    }

    public EntityTag tagOf(String content) {
        return new EntityTag(PublicationInputs.sha256(content).substring(0, 32));
    }
}
