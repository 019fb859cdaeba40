package uk.police.purdah.publication.service;

import java.util.ArrayList;
import java.util.List;

/**
 * PUB-3: the difference between the text as queued and as approved, kept with the publication: a word-level diff
 * (longest common subsequence) written as {@code [-removed-]} and {@code {+added+}}, the rest as it was.
 */
public final class TextDiff {

    private TextDiff() {
    }

    public static String of(String before, String after) {
        String[] a = tokens(before);
        String[] b = tokens(after);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(out, removed, added);
                out.append(a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b[j++]);
            } else {
                removed.add(a[i++]);
            }
        }
        flush(out, removed, added);
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> removed, List<String> added) {
        if (!removed.isEmpty()) {
            out.append("[-").append(String.join("", removed)).append("-]");
            removed.clear();
        }
        if (!added.isEmpty()) {
            out.append("{+").append(String.join("", added)).append("+}");
            added.clear();
        }
    }

    /** Words and the whitespace between them, so the diff puts the text back together exactly. */
    private static String[] tokens(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
    }
}
