package uk.police.purdah.publication.anonymiser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PUB-2: a text as the matcher sees it. Each word is folded (lower case, accents stripped, ligatures spelled
 * out: "Siân" and "SIAN" are both {@code sian}) and keeps its offsets in the original, so a removal always
 * points at what was written. Letters and digits are separate words ("Thornbury4PCC" is thornbury, 4, pcc).
 * Between two words the separator is <em>soft</em> when it is only spaces (one line break at most), hyphens,
 * apostrophes and at most one full stop: a name may run across it ("J. Smith", "Dálaigh-Hughes",
 * "Margaret\nThornbury"); anything else (a comma, a bracket, a blank line) ends a name.
 */
final class Text {

    /** One word: its folded form and where it stands in the original text. */
    record Word(String folded, int start, int end) {
    }

    final String original;
    final List<Word> words;
    /** {@code soft[i]}: word i may continue a name begun before it. */
    final boolean[] soft;

    private Text(String original, List<Word> words, boolean[] soft) {
        this.original = original;
        this.words = words;
        this.soft = soft;
    }

    /**
     * @param joinLineBreakHyphens also read "Thorn-\nbury" as the one word {@code thornbury} (a word broken
     *                             at the end of a line); the caller matches both readings.
     */
    static Text of(String text, boolean joinLineBreakHyphens) {
        List<Word> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = -1;
        int type = 0; // 1 letter, 2 digit
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ignorable(c)) {
                continue;
            }
            if (start >= 0 && Character.getType(c) == Character.NON_SPACING_MARK) {
                end = i + 1;
                continue; // a combining accent belongs to its letter
            }
            String f = fold(c);
            int t = f.isEmpty() ? 0 : Character.isLetter(f.charAt(0)) ? 1 : Character.isDigit(f.charAt(0)) ? 2 : 0;
            if (t != 0 && t == type) {
                cur.append(f);
                end = i + 1;
                continue;
            }
            if (start >= 0) {
                words.add(new Word(cur.toString(), start, end));
                cur.setLength(0);
                start = -1;
            }
            type = t;
            if (t != 0) {
                start = i;
                end = i + 1;
                cur.append(f);
            }
        }
        if (start >= 0) {
            words.add(new Word(cur.toString(), start, end));
        }
        if (joinLineBreakHyphens) {
            List<Word> joined = new ArrayList<>(words.size());
            for (Word w : words) {
                Word last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && lineBreakHyphen(text, last.end(), w.start())) {
                    joined.set(joined.size() - 1, new Word(last.folded() + w.folded(), last.start(), w.end()));
                } else {
                    joined.add(w);
                }
            }
            words = joined;
        }
        boolean[] soft = new boolean[words.size()];
        for (int i = 1; i < words.size(); i++) {
            soft[i] = softSeparator(text, words.get(i - 1).end(), words.get(i).start());
        }
        return new Text(text, List.copyOf(words), soft);
    }

    static boolean hasLineBreakHyphen(String text) {
        for (int i = text.indexOf('\n'); i > 0; i = text.indexOf('\n', i + 1)) {
            int j = i - 1;
            while (j > 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                j--;
            }
            char c = text.charAt(j);
            if (j > 0 && (c == '-' || c == '\u2010' || c == '\u2011') && Character.isLetter(text.charAt(j - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lineBreakHyphen(String text, int from, int to) {
        String sep = text.substring(from, to);
        return sep.matches("[-\u2010\u2011][ \\t]*\\r?\\n[ \\t]*");
    }

    static boolean softSeparator(String text, int from, int to) {
        int stops = 0;
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (c == '.') {
                stops++;
            } else if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || ignorable(c) || isHyphen(c)
                    || isApostrophe(c) || c == '_')) {
                return false;
            }
        }
        return stops <= 1 && breaks <= 1;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    /** Soft hyphens and zero-width characters: invisible, never a separator. */
    static boolean ignorable(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /** One character folded: lower case, no accents, ligatures spelled out; may be empty or longer. */
    static String fold(char c) {
        if (c < 128) {
            return String.valueOf(Character.toLowerCase(c));
        }
        switch (c) {
            case 'ß': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'ø': case 'Ø': return "o";
            case 'ł': case 'Ł': return "l";
            case 'đ': case 'Đ': case 'ð': case 'Ð': return "d";
            case 'þ': case 'Þ': return "th";
            case 'ı': return "i";
            default:
        }
        return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The folded words of a registry term, in the same reading as the text. */
    static List<String> foldedWords(String term) {
        return of(term, false).words.stream().map(Word::folded).toList();
    }
}
