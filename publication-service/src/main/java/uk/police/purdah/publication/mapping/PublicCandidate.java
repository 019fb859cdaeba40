package uk.police.purdah.publication.mapping;

import uk.police.purdah.publication.model.RegistryCandidate;

/** What the portal may say about a candidate: the name and party, nothing else (PUB-6, 000 §3.1). */
@io.quarkus.qute.TemplateData
public record PublicCandidate(String name, String party) {
    public static PublicCandidate of(RegistryCandidate c) {
        return new PublicCandidate(c.name, c.party);
    }
}
