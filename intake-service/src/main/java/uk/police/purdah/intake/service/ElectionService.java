package uk.police.purdah.intake.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import uk.police.purdah.events.CalendarDayAdded;
import uk.police.purdah.events.ElectionScheduled;
import uk.police.purdah.events.ElectionUpdated;
import uk.police.purdah.intake.calendar.CalendarService;
import uk.police.purdah.calendar.ElectionTimetable;
import uk.police.purdah.intake.calendar.HolidayAdded;
import uk.police.purdah.calendar.OutsideCalendarException;
import uk.police.purdah.intake.mapping.ElectionForm;
import uk.police.purdah.intake.mapping.ElectionPatch;
import uk.police.purdah.intake.model.Election;
import uk.police.purdah.support.problem.InvalidFieldException;
import uk.police.purdah.support.problem.NotFoundException;
import uk.police.purdah.support.outbox.Outbox;

/** Elections and their calendar (CAL-1). */
@ApplicationScoped
public class ElectionService {

    private static final Logger LOG = Logger.getLogger(ElectionService.class);

    private final Outbox outbox;
    private final CalendarService calendar;
    private final Clock clock;

    public ElectionService(Outbox outbox, CalendarService calendar, Clock clock) {
        this.outbox = outbox;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Election schedule(ElectionForm form, String actor) {
        Election election = new Election();
        election.id = UUID.randomUUID();
        election.policeArea = form.policeArea().strip();
        election.nation = form.nation();
        election.pollDate = form.pollDate();
        ElectionTimetable timetable = timetable(form.pollDate());
        // CAL-1: the SPOC may set purdah start and the time nominations close; the statutory days are computed
        election.purdahStart = form.purdahStart() != null ? form.purdahStart() : timetable.defaultPurdahStart();
        if (!election.purdahStart.isBefore(election.pollDate)) {
            throw new InvalidFieldException("purdahStart", "must be before the poll date");
        }
        election.noticeOfElectionBy = timetable.noticeOfElectionBy();
        election.nominationsClose = form.nominationsCloseTime() == null ? timetable.nominationsClose()
                : timetable.nominationsCloseAt(LocalTime.parse(form.nominationsCloseTime()));
        if (form.parityGraceDays() != null) {
            election.parityGraceDays = form.parityGraceDays();
        }
        election.createdAt = OffsetDateTime.now(clock);
        election.createdBy = actor;
        election.persist();
        outbox.append(new ElectionScheduled(election.id, election.policeArea, election.nation, election.pollDate,
                election.purdahStart, election.noticeOfElectionBy, election.nominationsClose, election.parityGraceDays),
                actor);
        return election;
    }

    /**
     * Changes an election by a JSON merge patch (absent = unchanged). A new poll date counts the statutory
     * timetable again (CAL-1), keeping the time of day nominations close; a purdah start that was the default
     * (six weeks before the old poll) moves with the poll, one the SPOC set stays unless the patch sets it.
     * Announced as {@code ElectionUpdated} when anything changed; the answer is the election as it now stands.
     */
    @Transactional
    public Election update(UUID id, ElectionPatch patch, String actor) {
        Election election = Election.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (election == null) {
            throw new NotFoundException("no election " + id);
        }
        LocalDate poll = patch.pollDate() != null ? patch.pollDate() : election.pollDate;
        ElectionTimetable timetable = timetable(poll);
        LocalTime closeTime = election.nominationsClose == null ? ElectionTimetable.NOMINATIONS_CLOSE_TIME
                : election.nominationsClose.atZoneSameInstant(Election.UK).toLocalTime();
        if (patch.nominationsCloseTime() != null) {
            closeTime = patch.nominationsCloseTime().map(LocalTime::parse).orElse(ElectionTimetable.NOMINATIONS_CLOSE_TIME);
        }
        LocalDate purdahStart = election.purdahStart;
        if (patch.purdahStart() != null) {
            purdahStart = patch.purdahStart().orElse(timetable.defaultPurdahStart());
        } else if (!poll.equals(election.pollDate)
                && election.purdahStart.equals(election.pollDate.minusWeeks(ElectionTimetable.DEFAULT_PURDAH_WEEKS))) {
            purdahStart = timetable.defaultPurdahStart();
        }
        if (!purdahStart.isBefore(poll)) {
            throw new InvalidFieldException("purdahStart", "must be before the poll date " + poll);
        }
        int grace = patch.parityGraceDays() == null ? election.parityGraceDays
                : patch.parityGraceDays().orElse(Election.DEFAULT_PARITY_GRACE_DAYS);
        String policeArea = patch.policeArea() != null ? patch.policeArea() : election.policeArea;
        String nation = patch.nation() != null ? patch.nation() : election.nation;
        OffsetDateTime nominationsClose = timetable.nominationsCloseAt(closeTime);

        boolean changed = !policeArea.equals(election.policeArea) || !nation.equals(election.nation)
                || !poll.equals(election.pollDate) || !purdahStart.equals(election.purdahStart)
                || !timetable.noticeOfElectionBy().equals(election.noticeOfElectionBy)
                || election.nominationsClose == null || !nominationsClose.isEqual(election.nominationsClose)
                || grace != election.parityGraceDays;
        if (!changed) {
            return election;
        }
        election.policeArea = policeArea;
        election.nation = nation;
        election.pollDate = poll;
        election.purdahStart = purdahStart;
        election.noticeOfElectionBy = timetable.noticeOfElectionBy();
        election.nominationsClose = nominationsClose;
        election.parityGraceDays = grace;
        outbox.append(new ElectionUpdated(election.id, election.policeArea, election.nation, election.pollDate,
                election.purdahStart, election.noticeOfElectionBy, election.nominationsClose, election.parityGraceDays),
                actor);
        return election;
    }

    /** CAL-1 for a poll date in the form; a poll the calendar cannot count is a 400 on {@code pollDate}. */
    private ElectionTimetable timetable(LocalDate pollDate) {
        try {
            return calendar.timetable(pollDate);
        } catch (OutsideCalendarException e) {
            throw new InvalidFieldException("pollDate", "the calendar covers " + e.firstDay() + " to "
                    + e.lastDay() + " (the published UK bank holidays, plus the days the SPOC adds)"
                    + (e.date().equals(pollDate) ? "" : "; the timetable of this poll reaches " + e.date()));
        }
    }

    /**
     * CAL-1, CAL-2: a day added to the holiday table (a day of mourning, say) moves the statutory timetable
     * of any election whose nominations have not closed yet. Each one that changes is updated, keeping the
     * time of day the SPOC set, and announced as {@code ElectionUpdated}, in the transaction that adds the day.
     */
    void retime(@Observes HolidayAdded added) {
        outbox.append(new CalendarDayAdded(CalendarDayAdded.ALL_ELECTIONS, added.holiday().date(),
                added.holiday().title(), added.holiday().scope().name(), added.actor()), added.actor());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Election> open = Election.list("nominationsClose > ?1", now);
        for (Election election : open) {
            ElectionTimetable timetable;
            try {
                timetable = calendar.timetable(election.pollDate);
            } catch (OutsideCalendarException e) {
                LOG.warnf("election %s: its timetable cannot be counted again: %s", election.id, e.getMessage());
                continue;
            }
            LocalTime closeTime = election.nominationsClose.atZoneSameInstant(Election.UK).toLocalTime();
            OffsetDateTime nominationsClose = timetable.nominationsCloseAt(closeTime);
            if (timetable.noticeOfElectionBy().equals(election.noticeOfElectionBy)
                    && nominationsClose.isEqual(election.nominationsClose)) {
                continue;
            }
            LOG.infof("election %s: %s (%s) moves the notice of election from %s to %s and the close of"
                    + " nominations from %s to %s", election.id, added.holiday().date(), added.holiday().title(),
                    election.noticeOfElectionBy, timetable.noticeOfElectionBy(),
                    election.nominationsClose.atZoneSameInstant(Election.UK).toOffsetDateTime(), nominationsClose);
            election.noticeOfElectionBy = timetable.noticeOfElectionBy();
            election.nominationsClose = nominationsClose;
            outbox.append(new ElectionUpdated(election.id, election.policeArea, election.nation, election.pollDate,
                    election.purdahStart, election.noticeOfElectionBy, election.nominationsClose, election.parityGraceDays),
                    added.actor());
        }
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
