package uk.police.purdah.intake.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.intake.mapping.CandidateForm;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.support.outbox.Outbox;

/** The candidate registry: who stands, prospective until declared (CAND-1). */
@ApplicationScoped
public class CandidateRegistry {

    private final ElectionService elections;
    private final Outbox outbox;
    private final Clock clock;

    public CandidateRegistry(ElectionService elections, Outbox outbox, Clock clock) {
        this.elections = elections;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Candidate register(UUID electionId, CandidateForm form, String actor) {
        elections.get(electionId);
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.electionId = electionId;
        candidate.name = form.name().strip();
        candidate.party = form.party();
        candidate.agentName = form.agentName();
        candidate.email = form.email();
        candidate.phone = form.phone();
        candidate.address = form.address();
        candidate.postcode = form.postcode();
        candidate.socialHandles = form.socialHandles() == null ? List.of() : List.copyOf(form.socialHandles());
        candidate.incumbentRole = form.incumbentRole() == null ? IncumbentRole.NONE : form.incumbentRole();
        candidate.formerColleague = form.formerColleague();
        candidate.status = Candidate.Status.PROSPECTIVE;
        candidate.registeredAt = OffsetDateTime.now(clock);
        candidate.persist();
        outbox.append(new CandidateRegistered(electionId, candidate.id, new CandidateIdentity(candidate.name,
                candidate.party, candidate.agentName, candidate.email, candidate.phone, candidate.address,
                candidate.postcode, candidate.socialHandles), candidate.incumbentRole, candidate.formerColleague,
                List.of()), actor);
        return candidate;
    }

    public List<Candidate> of(UUID electionId) {
        elections.get(electionId);
        return Candidate.list("electionId = ?1 order by registeredAt", electionId);
    }
}
