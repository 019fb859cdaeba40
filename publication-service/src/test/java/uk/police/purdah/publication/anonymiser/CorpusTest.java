package uk.police.purdah.publication.anonymiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.police.purdah.publication.anonymiser.Anonymiser.Kind;
import uk.police.purdah.publication.anonymiser.Anonymiser.Removal;

/**
 * PUB-2 over realistic documents in {@code src/test/resources/corpus/{a,b}} (registries {@link TestRegistry#PEOPLE}
 * and {@link TestRegistry#PEOPLE_B}). Each {@code NN-name.expected.txt} is the document as it should be
 * published, written and read by hand: what should go is a typed placeholder, everything else is kept. The test
 * aligns the expected file with its document to find the spans that should go, then compares them with what
 * the anonymiser removed:
 * <ul>
 * <li>a <b>leak</b> (an expected registry or pattern span, or a registry identity found by an independent scan
 * of the output, left in the text) fails the build;</li>
 * <li>an <b>over-redaction</b> (a removal where the expected text keeps the words) is counted, printed and
 * bounded;</li>
 * <li>names of people outside the registry ({@code [person]}) are measured: precision and recall are printed
 * and must stay above a floor (docs/anonymiser.md).</li>
 * </ul>
 * {@code -Dcorpus.write=true} writes the anonymiser's output as the expected files, as a start for review.
 */
class CorpusTest {

    /** Over-redactions allowed over the whole corpus: each one is listed in the test output. */
    static final int MAX_OVER_REDACTIONS = 12;
    static final double MIN_PERSON_PRECISION = 0.9;
    static final double MIN_PERSON_RECALL = 0.7;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(candidate|agent|party|email|url|handle|phone|"
            + "postcode|address|person)\\]");

    record Doc(String name, String text, String expected, List<Removal> should, List<Removal> did, String output) {
    }

    private static List<Doc> corpus() throws IOException, URISyntaxException {
        List<Doc> docs = new ArrayList<>();
        for (String set : List.of("a", "b")) {
            Anonymiser anonymiser = set.equals("a") ? TestRegistry.anonymiser() : TestRegistry.anonymiserB();
            Path dir = Path.of(CorpusTest.class.getResource("/corpus/" + set).toURI());
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".expected.txt"))
                        .sorted().toList();
            }
            for (Path doc : files) {
                String text = Files.readString(doc, StandardCharsets.UTF_8);
                Anonymiser.Result result = anonymiser.redact(text);
                Path expectedFile = doc.resolveSibling(doc.getFileName().toString().replace(".txt", ".expected.txt"));
                if (Boolean.getBoolean("corpus.write")) {
                    Files.writeString(Path.of("src/test/resources/corpus", set).resolve(expectedFile.getFileName()),
                            result.redactedText(), StandardCharsets.UTF_8);
                }
                String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8)
                        : null;
                docs.add(new Doc(set + "/" + doc.getFileName(), text, expected,
                        expected == null ? null : spans(text, expected), result.removed(), result.redactedText()));
            }
        }
        return docs;
    }

    /** The spans of {@code text} that {@code expected} replaces by placeholders, or null if it is no redaction of it. */
    static List<Removal> spans(String text, String expected) {
        StringBuilder regex = new StringBuilder("(?s)");
        List<Kind> kinds = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(expected);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(at, m.start()))).append("(.+?)");
            kinds.add(Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
            at = m.end();
        }
        regex.append(Pattern.quote(expected.substring(at)));
        Matcher all = Pattern.compile(regex.toString()).matcher(text);
        if (!all.matches()) {
            return null;
        }
        List<Removal> spans = new ArrayList<>();
        for (int g = 1; g <= kinds.size(); g++) {
            spans.add(new Removal(kinds.get(g - 1), all.group(g), all.start(g), all.end(g)));
        }
        return spans;
    }

    private static boolean overlaps(Removal a, Removal b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Whether every letter and digit of the span lies inside some removal. */
    private static boolean covered(Removal span, List<Removal> removals, String text) {
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int at = i;
                if (removals.stream().noneMatch(r -> r.start() <= at && at < r.end())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void pub2_corpusOfFiftyDocumentsLeaksNothingAndOverRedactsWithinItsBound() throws Exception {
        List<Doc> docs = corpus();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(50);
        List<String> leaks = new ArrayList<>();
        List<String> over = new ArrayList<>();
        List<String> personMisses = new ArrayList<>();
        Map<Kind, Integer> expectedByKind = new EnumMap<>(Kind.class);
        int removals = 0;
        int personFound = 0;
        int personRight = 0;
        int personExpected = 0;
        int personCaught = 0;
        int retyped = 0;
        Map<String, int[]> sets = new java.util.TreeMap<>(); // expected, caught, found, right
        sets.put("heldout", new int[4]);
        sets.put("blind", new int[4]);
        int chars = 0;
        for (Doc d : docs) {
            chars += d.text().length();
            if (d.should() == null) {
                leaks.add(d.name() + ": the expected file is missing or is not a redaction of the document");
                continue;
            }
            for (String id : leaks(d.name().startsWith("a/") ? TestRegistry.PEOPLE : TestRegistry.PEOPLE_B,
                    d.output())) {
                leaks.add(d.name() + ": registry identity left in the output: " + id);
            }
            for (Removal s : d.should()) {
                expectedByKind.merge(s.kind(), 1, Integer::sum);
                boolean caught = covered(s, d.did(), d.text());
                if (s.kind() == Kind.PERSON) {
                    personExpected++;
                    for (Map.Entry<String, int[]> set : sets.entrySet()) {
                        if (d.name().contains("-" + set.getKey() + "-")) {
                            set.getValue()[0]++;
                            set.getValue()[1] += caught ? 1 : 0;
                        }
                    }
                    if (caught) {
                        personCaught++;
                    } else {
                        personMisses.add(d.name() + ": \"" + s.text() + "\"");
                    }
                } else if (!caught) {
                    leaks.add(d.name() + ": [" + s.kind().name().toLowerCase(Locale.ROOT) + "] \"" + s.text()
                            + "\" left in the text");
                } else if (d.did().stream().filter(r -> overlaps(r, s)).noneMatch(r -> r.kind() == s.kind())) {
                    retyped++;
                }
            }
            for (Removal r : d.did()) {
                removals++;
                boolean wanted = d.should().stream().anyMatch(s -> overlaps(r, s));
                if (r.kind() == Kind.PERSON) {
                    personFound++;
                    if (wanted) {
                        personRight++;
                    }
                    for (Map.Entry<String, int[]> set : sets.entrySet()) {
                        if (d.name().contains("-" + set.getKey() + "-")) {
                            set.getValue()[2]++;
                            set.getValue()[3] += wanted ? 1 : 0;
                        }
                    }
                }
                if (!wanted) {
                    over.add(d.name() + ": [" + r.kind().name().toLowerCase(Locale.ROOT) + "] \"" + r.text() + "\"");
                }
            }
        }
        double precision = personFound == 0 ? 1 : (double) personRight / personFound;
        double recall = personExpected == 0 ? 1 : (double) personCaught / personExpected;
        System.out.printf(Locale.ROOT, "PUB-2 corpus: %d documents, %d characters, %d removals; expected spans %s%n",
                docs.size(), chars, removals, expectedByKind);
        System.out.printf(Locale.ROOT, "PUB-2 corpus: leaks %d, over-redactions %d (bound %d), right span but "
                + "another placeholder %d%n", leaks.size(), over.size(), MAX_OVER_REDACTIONS, retyped);
        over.forEach(o -> System.out.println("  over-redaction " + o));
        System.out.printf(Locale.ROOT, "PUB-2 corpus: [person] detector precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                precision, personRight, personFound, recall, personCaught, personExpected);
        sets.forEach((set, n) -> System.out.printf(Locale.ROOT, "PUB-2 corpus: [person] on the *-%s-* documents "
                + "only: precision %d/%d, recall %d/%d%n", set, n[3], n[2], n[1], n[0]));
        personMisses.forEach(o -> System.out.println("  person missed " + o));
        assertThat(leaks).isEmpty();
        assertThat(over).hasSizeLessThanOrEqualTo(MAX_OVER_REDACTIONS);
        assertThat(precision).isGreaterThanOrEqualTo(MIN_PERSON_PRECISION);
        assertThat(recall).isGreaterThanOrEqualTo(MIN_PERSON_RECALL);
    }

    /**
     * What must never appear in a publication, found independently of the expected files: every distinctive
     * word of a registry identity, folded, so "Alvarez" finds "Álvarez" and "SIAN" finds "Siân". Words that are
     * also common words ("Long", "Green") are left to the expected files, which say where they are names.
     */
    static Set<String> identities(List<Anonymiser.Person> people) {
        Set<String> ids = new LinkedHashSet<>();
        for (Anonymiser.Person p : people) {
            for (String name : new String[] { p.name(), p.agentName() }) {
                ids.add(Anonymiser.folded(name));
                for (String w : Anonymiser.folded(name).split(" ")) {
                    ids.add(w);
                }
            }
            ids.add(Anonymiser.folded(p.party()));
            ids.add(Anonymiser.folded(p.email()));
            ids.add(p.phone().replaceAll("\\D", "").replaceFirst("^44", "0"));
            ids.add(Anonymiser.folded(p.postcode()));
            String street = p.address().split(",")[p.address().split(",").length > 2 ? 1 : 0].trim();
            ids.add(Anonymiser.folded(street));
            p.socialHandles().forEach(h -> ids.add(Anonymiser.folded(h)));
        }
        ids.removeIf(s -> s.length() < 3 || StopList.isCommonWord(s) || Anonymiser.ALWAYS_KEPT.contains(s)
                || s.equals("independent") || TestRegistry.KEPT_A.stream().anyMatch(k -> Anonymiser.folded(k).equals(s))
                || TestRegistry.KEPT_B.stream().anyMatch(k -> Anonymiser.folded(k).equals(s)));
        return ids;
    }

    static List<String> leaks(List<Anonymiser.Person> people, String redacted) {
        String folded = " " + Anonymiser.folded(redacted) + " ";
        String digits = redacted.replaceAll("\\D", "");
        List<String> leaks = new ArrayList<>();
        for (String id : identities(people)) {
            boolean found = id.matches("\\d+") ? digits.contains(id) : folded.contains(" " + id + " ");
            if (found) {
                leaks.add(id);
            }
        }
        return leaks;
    }

    @Test
    void pub2_theLeakCheckItselfFindsAnUnredactedIdentity() {
        assertThat(leaks(TestRegistry.PEOPLE, "Dear Ms DALAIGH, call 01632-960-123"))
                .contains("dalaigh", "01632960123");
        assertThat(leaks(TestRegistry.PEOPLE_B, "Ms Ó Súilleabháin? no: Ms O’Sullivan and Mr McAllister Reid"))
                .contains("sullivan", "mcallister", "reid");
        assertThat(leaks(TestRegistry.PEOPLE, "Dear [candidate], the green spaces")).isEmpty();
    }

    @Test
    void pub2_theAlignmentFindsTheSpansThatShouldGo() {
        List<Removal> spans = spans("Dear Ms Thornbury, call 01632 960123.", "Dear Ms [candidate], call [phone].");
        assertThat(spans).extracting(Removal::text).containsExactly("Thornbury", "01632 960123");
        assertThat(spans("Dear Ms Thornbury", "Dear Mr [candidate]")).isNull();
    }
}
