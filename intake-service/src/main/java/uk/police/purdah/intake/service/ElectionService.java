package uk.police.purdah.intake.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.intake.mapping.ElectionForm;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;

/** Elections and their calendar (CAL-1). */
@ApplicationScoped
public class ElectionService {

    /** CAL-1: purdah starts six weeks before the poll unless the SPOC sets it. */
    static final int DEFAULT_PURDAH_WEEKS = 6;

    private final Outbox outbox;
    private final Clock clock;

    public ElectionService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Election schedule(ElectionForm form, String actor) {
        Election election = new Election();
        election.id = UUID.randomUUID();
        election.policeArea = form.policeArea().strip();
        election.nation = form.nation();
        election.pollDate = form.pollDate();
        election.purdahStart = form.purdahStart() != null ? form.purdahStart()
                : form.pollDate().minusWeeks(DEFAULT_PURDAH_WEEKS);
        if (!election.purdahStart.isBefore(election.pollDate)) {
            throw new InvalidFieldException("purdahStart", "must be before the poll date");
        }
        election.createdAt = OffsetDateTime.now(clock);
        election.createdBy = actor;
        election.persist();
        outbox.append(new ElectionScheduled(election.id, election.policeArea, election.nation, election.pollDate,
                election.purdahStart, null, null), actor);
        return election;
    }

    public List<Election> list() {
        return Election.list("order by pollDate desc");
    }

    public Election get(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("no election " + id));
    }

    public java.util.Optional<Election> findById(UUID id) {
        return Election.findByIdOptional(id);
    }
}
