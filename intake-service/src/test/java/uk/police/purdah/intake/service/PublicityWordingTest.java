package uk.police.purdah.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** INT-4: the publicity and campaigning wording is data, matched at the start of words in any case. No Quarkus. */
class PublicityWordingTest {

    private final RequestRules rules = new RequestRules(List.of("photo opportunity", " Leaflet ", "canvass",
            "campaign video"));

    @Test
    void int4_wordingIsFoundInTheSubjectOrTheTextInAnyCaseAndForm() {
        assertThat(rules.publicityWording("Visit to Thetford", "Could we have a PHOTO-OPPORTUNITY with the team?"))
                .containsExactly("photo opportunity");
        assertThat(rules.publicityWording("Leafleting near the station", "and some canvassing"))
                .containsExactly("leaflet", "canvass");
        assertThat(rules.publicityWording("Campaign  video shoot", "at the custody suite"))
                .containsExactly("campaign video");
    }

    @Test
    void int4_aFactFindingRequestHasNoPublicityWording() {
        assertThat(rules.publicityWording("Fact finding visit", "To understand how the control room triages"
                + " calls; no photographs please.")).isEmpty();
        // only at the start of a word: "unleafleted" is not "leaflet"
        assertThat(rules.publicityWording("Streets unleafleted", "recanvassed")).isEmpty();
    }

    @Test
    void int4_theListIsNormalisedOnce() {
        assertThat(rules.publicityWording()).containsExactly("photo opportunity", "leaflet", "canvass",
                "campaign video");
    }
}
