package uk.police.purdah.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;

/**
 * axe-core ({@code axe.min.js} from the npm tarball, see system-tests/pom.xml) run in the page as a person sees it:
 * every page a journey visits is checked against WCAG 2.2 A/AA and axe's best practices, and must have no serious or
 * critical violation; a full-page screenshot of each is kept under {@code target/screenshots/} with the page's
 * violations of any impact in {@code axe-report.txt} next to it.
 */
public final class Accessibility {

    /** One axe violation: the rule, its impact, what it means and where in the page. */
    public record Violation(String page, boolean ours, String rule, String impact, String help,
            List<String> targets) {
        /** Serious or critical on one of the suite's own pages: a failure. */
        public boolean blocking() {
            return ours && ("serious".equals(impact) || "critical".equals(impact));
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    private final String axeSource;
    private final Path screenshots;
    private final List<String> pagesChecked = new ArrayList<>();
    private final List<String> thirdParty = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();

    public Accessibility(Path axeScript, Path screenshots) {
        try {
            if (!Files.isRegularFile(axeScript)) {
                throw new IllegalStateException("axe-core is missing: " + axeScript.toAbsolutePath()
                        + " (the system-tests build downloads it in generate-test-resources)");
            }
            this.axeSource = Files.readString(axeScript);
            this.screenshots = Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a screenshot of the page as {@code NN-name.png} and runs axe on it; fails, listing them, when axe finds
     * serious or critical violations.
     */
    public List<Violation> check(Page page, String name) {
        List<Violation> found = run(page, name, true);
        assertThat(found.stream().filter(Violation::blocking).toList())
                .as("axe-core: serious or critical violations on %s (%s)", name, page.url())
                .isEmpty();
        return found;
    }

    /**
     * As {@link #check}, but only records the violations: for a page that is not the suite's own (the OIDC
     * provider's login page; devstack's mock-oauth2-server stands in for Keycloak, which production uses).
     */
    public List<Violation> scan(Page page, String name) {
        return run(page, name, false);
    }

    private List<Violation> run(Page page, String name, boolean ours) {
        String file = String.format("%02d-%s", pagesChecked.size() + 1, name);
        pagesChecked.add(file + " " + page.url());
        if (!ours) {
            thirdParty.add(file + " " + page.url());
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(file + ".png")).setFullPage(true));
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
                                                     'best-practice'] },
                    resultTypes: ['violations'] });
                  return result.violations.map(v => ({ id: v.id, impact: v.impact || 'unknown', help: v.help,
                    targets: v.nodes.map(n => n.target.join(' ')) }));
                }""");
        List<Violation> found = new ArrayList<>();
        for (Map<String, Object> v : raw) {
            @SuppressWarnings("unchecked")
            List<Object> targets = (List<Object>) v.get("targets");
            found.add(new Violation(file, ours, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    targets.stream().map(String::valueOf).toList()));
        }
        violations.addAll(found);
        writeReport();
        return found;
    }

    /** Every page axe ran on, the suite's own and others, as {@code NN-name url}. */
    public List<String> pagesChecked() {
        return List.copyOf(pagesChecked);
    }

    /** The pages axe ran on that are the suite's own (intake's intranet pages, publication's portal). */
    public List<String> ownPagesChecked() {
        return pagesChecked.stream().filter(p -> !thirdParty.contains(p)).toList();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    private void writeReport() {
        StringBuilder report = new StringBuilder("axe-core: ").append(pagesChecked.size()).append(" pages, ")
                .append(violations.size()).append(" violations (")
                .append(violations.stream().filter(Violation::blocking).count())
                .append(" serious or critical on the suite's own pages)\n\n");
        Map<String, List<Violation>> byPage = violations.stream()
                .collect(Collectors.groupingBy(Violation::page));
        for (String page : pagesChecked) {
            report.append(page).append(thirdParty.contains(page) ? "   (not the suite's page: recorded only)" : "")
                    .append('\n');
            byPage.getOrDefault(page.substring(0, page.indexOf(' ')), List.of())
                    .forEach(v -> report.append("  ").append(v).append('\n'));
        }
        try {
            Files.writeString(screenshots.resolve("axe-report.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
