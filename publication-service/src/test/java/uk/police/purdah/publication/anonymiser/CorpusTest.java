package uk.police.purdah.publication.anonymiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * PUB-2 over realistic documents in {@code src/test/resources/corpus}: each {@code NN-name.txt} is redacted with
 * {@link TestRegistry} and must equal {@code NN-name.expected.txt} (reviewed by hand: no over-redaction, no leak),
 * and, independently of the expected files, no identity of the registry may survive in any output.
 * {@code -Dcorpus.write=true} writes the expected files afresh, for review.
 */
class CorpusTest {

    private final Anonymiser anonymiser = TestRegistry.anonymiser();

    private static List<Path> documents() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".expected.txt"))
                    .sorted().toList();
        }
    }

    /** What must never appear in a publication: folded, so "Alvarez" finds "Álvarez". */
    static Set<String> identities() {
        Set<String> ids = new LinkedHashSet<>();
        for (Anonymiser.Person p : TestRegistry.PEOPLE) {
            for (String name : new String[] { p.name(), p.agentName() }) {
                String[] tokens = name.split("\\s+");
                ids.add(name);
                String surname = tokens[tokens.length - 1];
                ids.add(surname);
                for (String part : surname.split("-")) {
                    if (!StopList.isCommonWord(Anonymiser.fold(part).text())) {
                        ids.add(part);
                    }
                }
                if (!StopList.isCommonWord(Anonymiser.fold(tokens[0]).text())) {
                    ids.add(tokens[0]);
                }
            }
            ids.add(p.party());
            ids.add(p.email());
            ids.add(p.phone().replaceAll("\\D", ""));
            ids.add(p.postcode());
            ids.add(p.address().split(",")[0].trim());
            ids.add(p.address().split(",")[0].trim().replaceFirst("^\\d+\\s+", ""));
            p.socialHandles().forEach(h -> ids.add(h.replace("@", "")));
        }
        ids.removeIf(s -> s.length() < 3);
        return ids;
    }

    static List<String> leaks(String redacted) {
        String folded = Anonymiser.fold(redacted).text();
        String digits = redacted.replaceAll("\\D", "");
        List<String> leaks = new ArrayList<>();
        for (String id : identities()) {
            String f = Anonymiser.fold(id).text();
            boolean found = f.matches("\\d+") ? digits.contains(f)
                    : StopList.isCommonWord(f) ? redacted.matches("(?s).*(?<![\\p{L}])" + java.util.regex.Pattern.quote(id) + "(?![\\p{L}]).*")
                    : java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(f)
                            + "(?![\\p{L}])").matcher(folded).find();
            if (found) {
                leaks.add(id);
            }
        }
        return leaks;
    }

    @Test
    void everyDocumentIsRedactedAsReviewedAndLeaksNoIdentity() throws Exception {
        List<Path> documents = documents();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(5);
        List<String> failures = new ArrayList<>();
        for (Path doc : documents) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            String redacted = anonymiser.redact(text).redactedText();
            Path expectedFile = doc.resolveSibling(doc.getFileName().toString().replace(".txt", ".expected.txt"));
            if (Boolean.getBoolean("corpus.write")) {
                Path source = Path.of("src/test/resources/corpus").resolve(expectedFile.getFileName());
                Files.writeString(source, redacted, StandardCharsets.UTF_8);
                continue;
            }
            List<String> leaks = leaks(redacted);
            if (!leaks.isEmpty()) {
                failures.add(doc.getFileName() + " leaks " + leaks);
            }
            if (!Files.exists(expectedFile)) {
                failures.add(doc.getFileName() + " has no expected output");
            } else if (!Files.readString(expectedFile, StandardCharsets.UTF_8).equals(redacted)) {
                failures.add(doc.getFileName() + " differs from its expected output:\n" + redacted);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theLeakCheckItselfFindsAnUnredactedIdentity() {
        assertThat(leaks("Dear Ms Dalaigh, call 01632-960-123")).contains("Dálaigh-Hughes".split("-")[0], "01632960123");
        assertThat(leaks("Dear [candidate], the green spaces")).isEmpty();
    }
}
