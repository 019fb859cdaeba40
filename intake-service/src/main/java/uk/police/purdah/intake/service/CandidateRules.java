package uk.police.purdah.intake.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import uk.police.purdah.intake.model.Candidate.Employment;
import uk.police.purdah.intake.model.Election;

/**
 * What the register tells the SPOC about a candidate without refusing them: the returning officer, not the
 * register, decides whether a nomination is valid.
 */
public final class CandidateRules {

    /** CAND-3: the least number of days between leaving the force or the OPCC and a nomination (001 §3.5.2-3.5.4). */
    public static final int RESIGNATION_DAYS = 19;

    /** CAND-4, 000 §2.1. */
    public static final String FORMER_COLLEAGUE_CAUTION = "Former colleague: exercise caution so that this candidate"
            + " is not given, and does not appear to be given, preferential treatment (000 §2.1, CAND-4).";

    private CandidateRules() {
    }

    /**
     * CAND-3: the reference day is the close of nominations. 001 §3.5.2 counts the 19 days back from the
     * "declaration of candidacy", §3.5.4 and §4.6 from the "submission of any nomination", and 000 §2.6 (the
     * newest guidance, which stands where they differ) asks police staff to resign "by the date they need to
     * formally declare their candidature": the last day for that is the close of nominations (001 §1.3, 16:00
     * on the 19th election timetable day before the poll). The register does not know on which day a
     * nomination paper is actually handed in, so it checks against the last day one can be: a resignation
     * fewer than 19 days before it cannot make any nomination valid. Days are calendar days, as the
     * guidance says "days", not working days.
     */
    public static List<String> warnings(Employment employment, LocalDate resignedOn, Election election) {
        List<String> warnings = new ArrayList<>();
        if (employment == null || employment == Employment.NONE) {
            return warnings;
        }
        String who = switch (employment) {
            case POLICE_OFFICER -> "a police officer";
            case POLICE_STAFF -> "a member of police staff";
            case OPCC_STAFF -> "a member of the OPCC's staff";
            case NONE -> throw new IllegalStateException();
        };
        LocalDate close = closeOfNominations(election);
        String deadline = close == null ? "at least " + RESIGNATION_DAYS + " days before their nomination"
                : "by " + close.minusDays(RESIGNATION_DAYS) + ", " + RESIGNATION_DAYS
                        + " days before nominations close on " + close;
        if (resignedOn == null) {
            String why = employment == Employment.OPCC_STAFF
                    ? "the Commissioner's staff are disqualified from being elected as PCC (001 §3.5.2)"
                    : "no serving police officer or member of police staff may stand (001 §3.5.3, 000 §2.6)";
            warnings.add("CAND-3: registered as serving " + who + ": " + why + "; they must resign " + deadline
                    + " (001 §3.5.4). The returning officer decides whether the nomination is valid.");
        } else if (close == null) {
            warnings.add("CAND-3: " + who + " who resigned on " + resignedOn + ": the close of nominations of this"
                    + " election is not known, so the " + RESIGNATION_DAYS + "-day rule (001 §3.5.4) cannot be checked.");
        } else if (resignedOn.isAfter(close.minusDays(RESIGNATION_DAYS))) {
            warnings.add("CAND-3: " + who + " who resigned on " + resignedOn + ", fewer than " + RESIGNATION_DAYS
                    + " days before nominations close on " + close + "; they had to resign " + deadline
                    + " (001 §3.5.2-3.5.4, 000 §2.6). The returning officer decides whether the nomination is valid.");
        }
        return warnings;
    }

    /** The day, in UK time, nominations close (CAL-1); null for an election scheduled before the calendar existed. */
    static LocalDate closeOfNominations(Election election) {
        OffsetDateTime close = election.nominationsClose;
        return close == null ? null : close.atZoneSameInstant(Election.UK).toLocalDate();
    }

    /** CAND-4: the caution shown wherever the candidate appears in the register, or null. */
    public static String caution(boolean formerColleague) {
        return formerColleague ? FORMER_COLLEAGUE_CAUTION : null;
    }
}
