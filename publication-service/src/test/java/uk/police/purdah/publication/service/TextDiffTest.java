package uk.police.purdah.publication.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PUB-3: the difference between the queued and the approved text is kept. */
class TextDiffTest {

    @Test
    void pub3_theDiffMarksRemovedAndAddedWords() {
        assertThat(TextDiff.of("The briefing was held on Monday.", "The briefing was held on Tuesday 9 June."))
                .isEqualTo("The briefing was held on [-Monday.-]{+Tuesday 9 June.+}");
        assertThat(TextDiff.of("same", "same")).isEqualTo("same");
        assertThat(TextDiff.of("", "new text")).isEqualTo("{+new text+}");
    }
}
