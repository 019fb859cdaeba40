package uk.police.purdah.publication.portal;

import java.util.UUID;

import io.quarkus.qute.TemplateData;

/** The audit ledger's newest entry: its sequence, event id and hash (AUD-3). */
@TemplateData
public record ChainHead(long sequence, UUID eventId, String hash) {
}
