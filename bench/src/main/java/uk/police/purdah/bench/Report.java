package uk.police.purdah.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes docs/performance.md (figures beside ceilings, goals, met/missed, then the notes) and the raw CSV. */
final class Report {

    private Report() {
    }

    /**
     * The figures of an earlier run's CSV in {@code dir} that this run did not measure (a run of one half,
     * {@code --only=micro} or {@code --only=suite}, keeps the other half's figures), then this run's.
     */
    static List<Figure> merged(Path dir, List<Figure> figures) throws IOException {
        Path csv = dir.resolve("performance.csv");
        Set<String> measured = new LinkedHashSet<>();
        figures.forEach(f -> measured.add(f.area() + "|" + f.name()));
        List<Figure> all = new java.util.ArrayList<>();
        if (Files.exists(csv)) {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                List<String> c = fields(line);
                if (c.size() == 10 && !measured.contains(c.get(0) + "|" + c.get(1))
                        && !c.get(0).startsWith("Load generator") && !c.get(0).equals("Suite")) {
                    all.add(new Figure(c.get(0), c.get(1), number(c.get(2)), c.get(3), c.get(4), number(c.get(5)),
                            c.get(7), c.get(8).isEmpty() ? null : c.get(8).equals("met"), c.get(9)));
                }
            }
        }
        all.addAll(figures);
        return all;
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    static void write(Path dir, List<Figure> figures, String machine, String command) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("area,figure,value,unit,ceiling,ceiling_value,ratio,goal,met,note\r\n");
        for (Figure f : figures) {
            csv.append(String.join(",", q(f.area()), q(f.name()), num(f.value()), q(f.unit()), q(f.ceilingName()),
                    num(f.ceiling()), num(f.ratio()), q(f.goal()), f.met() == null ? "" : f.met() ? "met" : "missed",
                    q(f.note()))).append("\r\n");
        }
        Files.writeString(dir.resolve("performance.csv"), csv, StandardCharsets.UTF_8);

        StringBuilder md = new StringBuilder("# Performance (issue 10)\n\n");
        md.append("Written by `").append(command).append("` on ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)).append(" UTC; raw figures in")
                .append(" [`performance.csv`](performance.csv). Do not edit the tables by hand: run the command again.")
                .append(" The notes after the tables are `bench/src/main/resources/performance-notes.md`.\n\n")
                .append("Machine: ").append(machine).append("\n\n")
                .append("Every figure stands beside its ceiling measured in the same run where one applies; the ratio")
                .append(" is what carries from one machine to another, the absolute figure is this machine's, now.\n");
        Set<String> areas = new LinkedHashSet<>();
        figures.forEach(f -> areas.add(f.area()));
        for (String area : areas) {
            md.append("\n## ").append(area).append("\n\n")
                    .append("| figure | value | ceiling (same run) | ratio | goal | |\n| --- | ---: | --- | ---: | --- | --- |\n");
            for (Figure f : figures) {
                if (!f.area().equals(area)) {
                    continue;
                }
                md.append("| ").append(f.name()).append(f.note().isEmpty() ? "" : "<br><small>" + f.note() + "</small>")
                        .append(" | ").append(human(f.value())).append(' ').append(f.unit()).append(" | ")
                        .append(f.ceilingName().isEmpty() ? "" : f.ceilingName() + ": " + human(f.ceiling()))
                        .append(" | ").append(Double.isNaN(f.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()))
                        .append(" | ").append(f.goal()).append(" | ")
                        .append(f.met() == null ? "" : f.met() ? "met" : "**missed**").append(" |\n");
            }
        }
        try (InputStream notes = Report.class.getResourceAsStream("/performance-notes.md")) {
            if (notes != null) {
                md.append('\n').append(new String(notes.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Files.writeString(dir.resolve("performance.md"), md, StandardCharsets.UTF_8);
    }

    private static String q(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    static String human(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
