package uk.police.purdah.intake.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import uk.police.purdah.events.CandidateDeclared;
import uk.police.purdah.events.CandidateIdentity;
import uk.police.purdah.events.CandidateRegistered;
import uk.police.purdah.events.CandidateUpdated;
import uk.police.purdah.events.CandidateWithdrawn;
import uk.police.purdah.events.Vocabulary.IncumbentRole;
import uk.police.purdah.intake.mapping.CandidateForm;
import uk.police.purdah.intake.mapping.DeclarationForm;
import uk.police.purdah.intake.mapping.WithdrawalForm;
import uk.police.purdah.intake.model.Candidate;
import uk.police.purdah.intake.model.Candidate.Employment;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.ConflictException;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.outbox.Outbox;

/** The candidate registry: who stands, prospective until declared, until they withdraw (CAND-1..4). */
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

    /** A candidate and the election they stand in, which the register views need (CAND-3). */
    public record Registered(Candidate candidate, Election election) {
    }

    /**
     * Registers a prospective candidate (CAND-1). The election's row is locked so that two incumbents of one
     * role cannot be registered side by side (CAND-2). CAND-3 warnings go to the SPOC and into the event; the
     * registration is not refused.
     */
    @Transactional
    public Registered register(UUID electionId, CandidateForm form, String actor) {
        Election election = lockedElection(electionId);
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.electionId = electionId;
        apply(candidate, form, election);
        candidate.status = Candidate.Status.PROSPECTIVE;
        candidate.registeredAt = OffsetDateTime.now(clock);
        candidate.persist();
        outbox.append(new CandidateRegistered(electionId, candidate.id, identity(candidate), candidate.incumbentRole,
                candidate.formerColleague, CandidateRules.warnings(candidate.employment, candidate.resignedOn,
                        election)), actor);
        return new Registered(candidate, election);
    }

    /** Corrects a candidate's identity or flags (CAND-2..4 are checked again); emits {@code CandidateUpdated}. */
    @Transactional
    public Registered update(UUID id, CandidateForm form, String actor) {
        Candidate existing = Candidate.findById(id);
        if (existing == null) {
            throw new NotFoundException("no candidate " + id);
        }
        Election election = lockedElection(existing.electionId);
        Candidate candidate = locked(id);
        apply(candidate, form, election);
        candidate.updatedAt = OffsetDateTime.now(clock);
        candidate.updatedBy = actor;
        outbox.append(new CandidateUpdated(candidate.electionId, candidate.id, identity(candidate),
                candidate.incumbentRole, candidate.formerColleague), actor);
        return new Registered(candidate, election);
    }

    private void apply(Candidate candidate, CandidateForm form, Election election) {
        IncumbentRole role = form.incumbentRole() == null ? IncumbentRole.NONE : form.incumbentRole();
        if (role != IncumbentRole.NONE) {
            // CAND-2: one incumbent PCC and one deputy PCC at most
            long others = Candidate.count("electionId = ?1 and incumbentRole = ?2 and id <> ?3", election.id, role,
                    candidate.id);
            if (others > 0) {
                throw new ConflictException("incumbentRole: this election already has a candidate registered as the"
                        + " incumbent " + role + " (CAND-2)");
            }
        }
        Employment employment = form.employment() == null ? Employment.NONE : form.employment();
        if (employment == Employment.NONE && form.resignedOn() != null) {
            throw new InvalidFieldException("resignedOn", "is given only with employment POLICE_OFFICER, POLICE_STAFF"
                    + " or OPCC_STAFF (CAND-3)");
        }
        candidate.name = form.name().strip();
        candidate.party = form.party();
        candidate.agentName = form.agentName();
        candidate.email = form.email();
        candidate.phone = form.phone();
        candidate.address = form.address();
        candidate.postcode = form.postcode();
        candidate.socialHandles = form.socialHandles() == null ? List.of() : List.copyOf(form.socialHandles());
        candidate.incumbentRole = role;
        candidate.employment = employment;
        candidate.resignedOn = form.resignedOn();
        // CAND-4: someone who serves or served the force or the OPCC is a colleague, whatever the box said
        candidate.formerColleague = form.formerColleague() || employment != Employment.NONE;
    }

    /** CAND-1: the returning officer declared the nomination valid: PROSPECTIVE -> DECLARED. */
    @Transactional
    public Registered declare(UUID id, DeclarationForm form, String actor) {
        Candidate candidate = locked(id);
        Election election = elections.get(candidate.electionId);
        LocalDate declaredOn = form == null || form.declaredOn() == null ? today() : form.declaredOn();
        notAfterToday("declaredOn", declaredOn);
        if (declaredOn.isAfter(election.pollDate)) {
            throw new InvalidFieldException("declaredOn", "must not be after the poll on " + election.pollDate);
        }
        if (candidate.status != Candidate.Status.PROSPECTIVE) {
            throw new ConflictException("candidate " + id + " is " + candidate.status + "; only a PROSPECTIVE candidate"
                    + " can be declared (CAND-1)");
        }
        candidate.status = Candidate.Status.DECLARED;
        candidate.declaredOn = declaredOn;
        candidate.updatedAt = OffsetDateTime.now(clock);
        candidate.updatedBy = actor;
        outbox.append(new CandidateDeclared(candidate.electionId, candidate.id, declaredOn), actor);
        return new Registered(candidate, election);
    }

    /** CAND-1: the candidacy ends: PROSPECTIVE or DECLARED -> WITHDRAWN. */
    @Transactional
    public Registered withdraw(UUID id, WithdrawalForm form, String actor) {
        Candidate candidate = locked(id);
        Election election = elections.get(candidate.electionId);
        LocalDate withdrawnOn = form.withdrawnOn() == null ? today() : form.withdrawnOn();
        notAfterToday("withdrawnOn", withdrawnOn);
        if (candidate.declaredOn != null && withdrawnOn.isBefore(candidate.declaredOn)) {
            throw new InvalidFieldException("withdrawnOn", "must not be before the nomination was declared valid on "
                    + candidate.declaredOn);
        }
        if (candidate.status == Candidate.Status.WITHDRAWN) {
            throw new ConflictException("candidate " + id + " has already withdrawn (CAND-1)");
        }
        candidate.status = Candidate.Status.WITHDRAWN;
        candidate.withdrawnOn = withdrawnOn;
        candidate.withdrawalReason = form.reason().strip();
        candidate.updatedAt = OffsetDateTime.now(clock);
        candidate.updatedBy = actor;
        outbox.append(new CandidateWithdrawn(candidate.electionId, candidate.id, withdrawnOn,
                candidate.withdrawalReason), actor);
        return new Registered(candidate, election);
    }

    public List<Candidate> of(UUID electionId) {
        elections.get(electionId);
        return Candidate.list("electionId = ?1 order by registeredAt", electionId);
    }

    public Registered get(UUID id) {
        Candidate candidate = Candidate.findById(id);
        if (candidate == null) {
            throw new NotFoundException("no candidate " + id);
        }
        return new Registered(candidate, elections.get(candidate.electionId));
    }

    private static Candidate locked(UUID id) {
        Candidate candidate = Candidate.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (candidate == null) {
            throw new NotFoundException("no candidate " + id);
        }
        return candidate;
    }

    private static Election lockedElection(UUID id) {
        Election election = Election.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (election == null) {
            throw new NotFoundException("no election " + id);
        }
        return election;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Election.UK));
    }

    private void notAfterToday(String field, LocalDate day) {
        if (day.isAfter(today())) {
            throw new InvalidFieldException(field, "must not be in the future");
        }
    }

    static CandidateIdentity identity(Candidate c) {
        return new CandidateIdentity(c.name, c.party, c.agentName, c.email, c.phone, c.address, c.postcode,
                c.socialHandles);
    }
}
