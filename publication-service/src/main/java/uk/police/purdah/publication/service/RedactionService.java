package uk.police.purdah.publication.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.police.purdah.publication.anonymiser.Anonymiser;
import uk.police.purdah.publication.model.RegistryCandidate;

/**
 * PUB-2 for an election: the anonymiser built from its candidate registry, cached and rebuilt only when the
 * registry changes (a candidate added, or an event that changed one: count and latest update time).
 */
@ApplicationScoped
public class RedactionService {

    private record Cached(String version, Anonymiser anonymiser) {
    }

    private final CandidateRegistry registry;
    private final List<String> kept;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public RedactionService(CandidateRegistry registry,
            @ConfigProperty(name = "purdah.anonymiser.kept") Optional<List<String>> kept) {
        this.registry = registry;
        this.kept = kept.orElse(List.of());
    }

    /** @throws uk.police.purdah.support.problem.NotFoundException when the election has no registry */
    public Anonymiser.Result redact(UUID electionId, String text) {
        return anonymiser(electionId).redact(text);
    }

    Anonymiser anonymiser(UUID electionId) {
        List<RegistryCandidate> candidates = registry.of(electionId);
        String version = candidates.size() + "/" + candidates.stream().map(c -> c.updatedAt)
                .filter(Objects::nonNull).max(OffsetDateTime::compareTo).map(Object::toString).orElse("")
                + "/" + candidates.stream().mapToInt(c -> Objects.hash(c.candidateId, c.name, c.party, c.agentName,
                        c.email, c.phone, c.address, c.postcode, c.socialHandles)).sum();
        Cached cached = cache.get(electionId);
        if (cached == null || !cached.version().equals(version)) {
            Anonymiser anonymiser = Anonymiser.of(candidates.stream()
                    .map(c -> new Anonymiser.Person(c.name, c.party, c.agentName, c.email, c.phone, c.address,
                            c.postcode, c.socialHandles))
                    .toList(), kept);
            cached = new Cached(version, anonymiser);
            cache.put(electionId, cached);
        }
        return cached.anonymiser();
    }
}
