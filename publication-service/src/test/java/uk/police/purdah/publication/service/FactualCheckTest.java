package uk.police.purdah.publication.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.police.purdah.publication.model.Publication.HoldReason;

/** PUB-5 on anonymised text, both ways: what is held and what passes. */
class FactualCheckTest {

    @Test
    void pub5_evaluativeWordingAboutACandidateIsHeldWithTheWordingAndTheSentence() {
        List<HoldReason> reasons = FactualCheck.check("The briefing covered burglary. [candidate] is an excellent "
                + "choice for the county and deserves your vote.", false);
        assertThat(reasons).extracting(HoldReason::wording).containsExactly("excellent", "deserves");
        assertThat(reasons).allSatisfy(r -> {
            assertThat(r.rule()).isEqualTo(FactualCheck.CANDIDATE_RULE);
            assertThat(r.sentence()).isEqualTo("[candidate] is an excellent choice for the county and deserves "
                    + "your vote.");
        });
    }

    @Test
    void pub5_disparagementAndCallsToVoteAreHeldToo() {
        assertThat(FactualCheck.check("Residents say [candidate] is incompetent.", false)).hasSize(1);
        assertThat(FactualCheck.check("Vote for the [party] on 16 July.", false)).extracting(HoldReason::wording)
                .containsExactly("vote for");
        assertThat(FactualCheck.check("[agent] said the force had FAILED the villages", false)).hasSize(1);
    }

    @Test
    void pub5_factualTextNamingCandidatesPasses() {
        assertThat(FactualCheck.check("[candidate] asked how many PCSOs serve Breckland. The force answered on "
                + "12 June 2026 that 41 PCSOs are posted there. [candidate] and [candidate] attended the briefing "
                + "with the Chief Constable; the [party] was sent the same material.", true)).isEmpty();
        assertThat(FactualCheck.check("[candidate] asked whether the force would support the community event.",
                false)).isEmpty();
    }

    @Test
    void pub5_aPronounCarriesTheMentionIntoTheNextSentenceOnly() {
        assertThat(FactualCheck.check("[candidate] visited the control room. She is a brilliant listener.", false))
                .extracting(HoldReason::wording).containsExactly("brilliant");
        assertThat(FactualCheck.check("[candidate] visited the control room. The control room staff were "
                + "thanked. Their work is excellent.", false)).isEmpty();
    }

    @Test
    void pub5_evaluativeWordingWithoutAnyCandidateIsNotThisRule() {
        assertThat(FactualCheck.check("Neighbourhood teams did excellent work on rural crime.", false)).isEmpty();
    }

    @Test
    void pub5_promotingTheIncumbentIsHeldOnlyWhenTheIncumbentStands() {
        String text = "Thanks to the PCC, record investment has put 80 more officers on the streets.";
        assertThat(FactualCheck.check(text, true)).extracting(HoldReason::rule)
                .containsOnly(FactualCheck.INCUMBENT_RULE);
        assertThat(FactualCheck.check(text, true)).extracting(HoldReason::wording)
                .containsExactly("thanks to", "record investment");
        assertThat(FactualCheck.check(text, false)).isEmpty();
    }

    @Test
    void pub5_factualStatementsAboutTheOfficePass() {
        assertThat(FactualCheck.check("The Police and Crime Commissioner set the budget in February 2026. The PCC "
                + "holds the Chief Constable to account.", true)).isEmpty();
    }
}
