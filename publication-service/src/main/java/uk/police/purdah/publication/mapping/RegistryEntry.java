package uk.police.purdah.publication.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import uk.police.purdah.publication.model.RegistryCandidate;

/** A candidate's full identity, as the anonymiser must protect it (PUB-2); for the SPOC only. */
public record RegistryEntry(UUID candidateId, UUID electionId, String name, String party, String agentName,
        String email, String phone, String address, String postcode, List<String> socialHandles,
        RegistryCandidate.Status status, OffsetDateTime updatedAt) {
    public static RegistryEntry of(RegistryCandidate c) {
        return new RegistryEntry(c.candidateId, c.electionId, c.name, c.party, c.agentName, c.email, c.phone,
                c.address, c.postcode, c.socialHandles, c.status, c.updatedAt);
    }
}
