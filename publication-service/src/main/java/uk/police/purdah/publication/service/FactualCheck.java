package uk.police.purdah.publication.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.police.purdah.publication.model.Publication.HoldReason;

/**
 * PUB-5, the purdah factual check (001 §12.1.3, 000 §3.2): inside the purdah window the portal is factual only.
 * It reads the text as it would be published, after the anonymiser (PUB-2), where every mention of a candidate,
 * their agent or their party has become {@code [candidate]}, {@code [agent]} or {@code [party]}, sentence by
 * sentence:
 * <ul>
 * <li>{@value #CANDIDATE_RULE}: a sentence that mentions a candidate, agent or party (or goes on about them with a
 * pronoun, "She is …", right after a sentence that did) together with evaluative or promotional wording (praise, disparagement, a call to vote or support) is held;</li>
 * <li>{@value #INCUMBENT_RULE}: when the incumbent PCC or deputy PCC stands again (CAND-2), a sentence naming the
 * office (PCC, Police and Crime Commissioner, Commissioner, deputy PCC) together with promotional wording or a
 * claim of achievement (delivered, record, thanks to, …) is held.</li>
 * </ul>
 * Plain statements of fact about candidates ("[candidate] asked for the number of PCSOs", "the PCC set the
 * budget in February") pass. The check is a screen for the SPOC's review, not a judge: what it holds is shown with
 * the wording and the sentence, and the SPOC may edit it or approve it with a recorded reason.
 */
public final class FactualCheck {

    public static final String CANDIDATE_RULE = "PUB-5 candidate named with evaluative or promotional wording";
    public static final String INCUMBENT_RULE = "PUB-5 incumbent promoted";

    /** Praise, disparagement and calls to support: never factual next to a candidate's name. */
    static final List<String> EVALUATIVE = List.of(
            // praise
            "excellent", "outstanding", "impressive", "brilliant", "fantastic", "superb", "exceptional", "remarkable",
            "tireless", "tirelessly", "dedicated", "hard-working", "hardworking", "passionate", "visionary",
            "inspiring", "inspirational", "admirable", "trustworthy", "honest", "capable", "competent", "proven",
            "the best", "greatest", "strongest", "popular", "respected", "well-respected",
            "champion", "champions", "deserves", "deserving", "the right choice", "the only choice",
            "safe pair of hands", "a breath of fresh air", "credit to", "praise", "praised", "applaud",
            // disparagement
            "incompetent", "useless", "hopeless", "dishonest", "liar", "lying", "disgraceful", "shameful",
            "disastrous", "disaster", "terrible", "awful", "appalling", "pathetic", "reckless", "dangerous",
            "extremist", "failed", "failure", "failing", "weak", "worst", "unfit", "clueless", "out of touch",
            "cannot be trusted", "can't be trusted", "not to be trusted",
            // calls to support
            "vote for", "re-elect", "reelect", "elect", "support for", "backing", "endorse", "endorses",
            "endorsed", "endorsement");

    /** Promotion and claims of achievement for the office holder standing again. */
    static final List<String> PROMOTIONAL = List.of(
            "achievement", "achievements", "achieved", "delivered", "delivering", "success", "successful",
            "successfully", "record investment", "record levels", "record number", "record numbers", "record low",
            "record-breaking", "thanks to", "credit", "proud", "pride",
            "promise kept", "promises kept", "kept his promise", "kept her promise", "kept their promise", "pledge",
            "pledges", "manifesto", "under the leadership", "strong leadership", "transformed", "transforming",
            "landmark", "historic", "excellent", "outstanding", "tireless", "tirelessly", "champion", "re-elect",
            "reelect", "vote for", "the best", "great work", "fantastic");

    private static final Pattern MENTION = Pattern.compile("\\[(candidate|agent|party)\\]");
    /** A sentence that goes on about the person of the sentence before ("She is …") still names them. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|they|him|her|them|his|hers|their|theirs)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFICE = Pattern.compile(
            "\\b(?:deputy\\s+)?(?:PCC|Police\\s+and\\s+Crime\\s+Commissioner|Commissioner)(?:'s)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private static final Pattern EVALUATIVE_WORDS = words(EVALUATIVE);
    private static final Pattern PROMOTIONAL_WORDS = words(PROMOTIONAL);

    private FactualCheck() {
    }

    /**
     * The reasons to hold an anonymised text; empty when it is factual.
     *
     * @param incumbentStands whether the incumbent PCC or deputy PCC is a candidate of the election (CAND-2)
     */
    public static List<HoldReason> check(String anonymisedText, boolean incumbentStands) {
        List<HoldReason> reasons = new ArrayList<>();
        if (anonymisedText == null || anonymisedText.isBlank()) {
            return reasons;
        }
        boolean previousNamed = false;
        for (String sentence : SENTENCE_END.split(anonymisedText)) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean named = MENTION.matcher(s).find() || previousNamed && PRONOUN.matcher(s).find();
            previousNamed = named;
            if (named) {
                found(EVALUATIVE_WORDS, s).forEach(w -> reasons.add(new HoldReason(CANDIDATE_RULE, w, s)));
            }
            if (incumbentStands && OFFICE.matcher(s).find()) {
                found(PROMOTIONAL_WORDS, s).forEach(w -> reasons.add(new HoldReason(INCUMBENT_RULE, w, s)));
            }
        }
        return reasons;
    }

    private static Set<String> found(Pattern words, String sentence) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = words.matcher(sentence);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    private static Pattern words(List<String> terms) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String term : sorted) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(term).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile("(?<![\\w-])(?:" + alternation + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }
}
