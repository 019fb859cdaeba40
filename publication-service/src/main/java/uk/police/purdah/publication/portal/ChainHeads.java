package uk.police.purdah.publication.portal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** PUB-6: the chain head for the portal, or nothing when audit-service does not answer in time: the page still renders. */
@ApplicationScoped
public class ChainHeads {

    private static final Logger LOG = Logger.getLogger(ChainHeads.class);

    private final AuditLedger audit;

    public ChainHeads(@RestClient AuditLedger audit) {
        this.audit = audit;
    }

    public Optional<ChainHead> current() {
        try {
            ChainHead head = audit.head();
            return head == null || head.hash() == null ? Optional.empty() : Optional.of(head);
        } catch (RuntimeException e) {
            LOG.debugf("audit chain head unavailable: %s", e.getMessage());
            return Optional.empty();
        }
    }
}
