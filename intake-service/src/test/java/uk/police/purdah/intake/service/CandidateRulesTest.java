package uk.police.purdah.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import uk.police.purdah.intake.model.Candidate.Employment;
import uk.police.purdah.intake.model.Election;

/** CAND-3 and CAND-4 without the application: the 19 days counted back from the close of nominations. */
class CandidateRulesTest {

    /** The 2024 PCC election: nominations closed at 16:00 on Friday 5 April 2024 (ElectionCalendarTest). */
    private static Election election2024() {
        Election election = new Election();
        election.pollDate = LocalDate.parse("2024-05-02");
        election.purdahStart = LocalDate.parse("2024-03-21");
        election.nominationsClose = OffsetDateTime.parse("2024-04-05T16:00:00+01:00");
        return election;
    }

    @Test
    void cand3_someoneWhoNeverServedHasNoWarning() {
        assertThat(CandidateRules.warnings(Employment.NONE, null, election2024())).isEmpty();
        assertThat(CandidateRules.warnings(null, null, election2024())).isEmpty();
    }

    @Test
    void cand3_everyServingOfficerStaffOrOpccStaffMemberIsWarnedWithTheLastDayToResign() {
        for (Employment employment : new Employment[] {Employment.POLICE_OFFICER, Employment.POLICE_STAFF,
                Employment.OPCC_STAFF}) {
            assertThat(CandidateRules.warnings(employment, null, election2024())).singleElement().asString()
                    .contains("CAND-3", "serving", "by 2024-03-17", "2024-04-05", "returning officer decides");
        }
    }

    @Test
    void cand3_nineteenDaysBeforeTheCloseOfNominationsIsInTimeEighteenIsNot() {
        // 5 April 2024 minus 19 calendar days is Sunday 17 March 2024
        assertThat(CandidateRules.warnings(Employment.OPCC_STAFF, LocalDate.parse("2024-03-17"), election2024()))
                .isEmpty();
        assertThat(CandidateRules.warnings(Employment.OPCC_STAFF, LocalDate.parse("2024-03-18"), election2024()))
                .singleElement().asString().contains("fewer than 19 days", "2024-03-18", "2024-04-05");
        assertThat(CandidateRules.warnings(Employment.POLICE_OFFICER, LocalDate.parse("2024-04-05"), election2024()))
                .singleElement().asString().contains("fewer than 19 days");
        assertThat(CandidateRules.warnings(Employment.POLICE_STAFF, LocalDate.parse("2019-01-01"), election2024()))
                .isEmpty();
    }

    @Test
    void cand3_theCloseOfNominationsIsCountedOnTheUkCalendarDay() {
        Election election = election2024();
        // 00:30 UK time on 6 April is still 5 April in UTC: the UK day is the one that counts
        election.nominationsClose = OffsetDateTime.parse("2024-04-05T23:30:00Z");
        assertThat(CandidateRules.warnings(Employment.OPCC_STAFF, LocalDate.parse("2024-03-18"), election)).isEmpty();
        assertThat(CandidateRules.warnings(Employment.OPCC_STAFF, LocalDate.parse("2024-03-19"), election)).hasSize(1);
    }

    @Test
    void cand3_anElectionWithoutACloseOfNominationsStillWarns() {
        Election election = election2024();
        election.nominationsClose = null;
        assertThat(CandidateRules.warnings(Employment.OPCC_STAFF, LocalDate.parse("2024-03-18"), election))
                .singleElement().asString().contains("cannot be checked");
        assertThat(CandidateRules.warnings(Employment.POLICE_OFFICER, null, election)).singleElement().asString()
                .contains("at least 19 days before their nomination");
    }

    @Test
    void cand4_aFormerColleagueCarriesTheCautionOthersNone() {
        assertThat(CandidateRules.caution(true)).contains("preferential treatment", "000 §2.1");
        assertThat(CandidateRules.caution(false)).isNull();
    }
}
