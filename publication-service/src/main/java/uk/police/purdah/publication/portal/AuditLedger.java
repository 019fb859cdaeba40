package uk.police.purdah.publication.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** audit-service's public chain head (AUD-3), shown on the portal (PUB-6); URL {@code quarkus.rest-client.audit.url}. */
@RegisterRestClient(configKey = "audit")
@Path("/api/ledger")
public interface AuditLedger {

    @GET
    @Path("head")
    @Produces(MediaType.APPLICATION_JSON)
    ChainHead head();
}
