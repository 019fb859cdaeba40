package uk.police.purdah.equality.mapping;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.police.purdah.equality.mapping.ParityView.Cell;
import uk.police.purdah.equality.mapping.ParityView.CandidateParity;
import uk.police.purdah.equality.mapping.ParityView.DealingEntry;
import uk.police.purdah.equality.service.Reports;

/**
 * The parity report (EQ-7) as CSV (RFC 4180: CRLF line ends, fields quoted when needed, quotes doubled; a
 * UTF-8 byte order mark so that spreadsheets read names with accents right; cells that a spreadsheet would
 * take for a formula are prefixed with an apostrophe) and as a printable HTML page in GOV.UK styles with a
 * print stylesheet, UK dates and the time it was generated. Everything candidates or staff wrote is escaped.
 */
public final class ParityReports {

    public static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private ParityReports() {
    }

    // ---- CSV -------------------------------------------------------------------------------------------

    public static String csv(ParityView view) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of("Candidate", "Party", "Status", "Requests"));
        view.offers().forEach(line -> header.add(line.label()));
        header.add("Statutory dealings (listed, not counted: EQ-5)");
        row(out, header);
        for (CandidateParity c : view.candidates()) {
            List<String> fields = new ArrayList<>(List.of(c.name(), nullToEmpty(c.party()), status(c),
                    Long.toString(c.requests())));
            c.cells().forEach(cell -> fields.add(cellText(cell)));
            fields.add(String.join("; ", c.dealings().stream().filter(DealingEntry::statutory)
                    .map(d -> title(d.kind()) + " " + Reports.ukShortDate(d.occurredAt())).toList()));
            row(out, fields);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(fields.get(i)));
        }
        out.append(CRLF);
    }

    /** One RFC 4180 field, safe from spreadsheet formula injection. */
    public static String csvField(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\r") || v.contains("\n")
                || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** What a cell says, e.g. "Offered 01/06/2026; accepted 02/06/2026" or "Not offered; owed by 03/06/2026". */
    static String cellText(Cell cell) {
        if (cell.state() == ParityView.State.NOT_OFFERED) {
            return cell.owed() ? "Not offered; owed by " + Reports.ukShortDate(cell.owedBy().minusNanos(1))
                    : "Not offered";
        }
        StringBuilder text = new StringBuilder("DEALING".equals(cell.source()) ? "Dealing " : "Offered ")
                .append(Reports.ukShortDate(cell.offeredAt()));
        append(text, "accepted", cell.acceptedAt());
        append(text, "declined", cell.declinedAt());
        if (!"DEALING".equals(cell.source())) {
            append(text, "held", cell.heldAt());
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String what, OffsetDateTime at) {
        if (at != null) {
            text.append("; ").append(what).append(' ').append(Reports.ukShortDate(at));
        }
    }

    private static String status(CandidateParity c) {
        String status = title(c.status().name());
        return switch (c.incumbentRole()) {
            case PCC -> status + " (incumbent PCC)";
            case DEPUTY_PCC -> status + " (incumbent deputy PCC)";
            default -> status;
        };
    }

    private static String title(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- HTML ------------------------------------------------------------------------------------------

    private static final String STYLE = """
            body{margin:0;font-family:"GDS Transport",arial,sans-serif;color:#0b0c0c;background:#fff;font-size:19px;line-height:1.32}
            .govuk-header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8;padding:10px 15px}
            .govuk-header__service-name{font-weight:700;font-size:24px;color:#fff;text-decoration:none}
            .govuk-width-container{max-width:1200px;margin:0 15px}
            .govuk-main-wrapper{padding:30px 0}
            .govuk-heading-l{font-size:36px;font-weight:700;margin:0 0 20px}
            .govuk-heading-m{font-size:24px;font-weight:700;margin:30px 0 15px}
            .govuk-body{margin:0 0 15px}
            .govuk-body-s{font-size:16px;margin:0 0 15px;color:#505a5f}
            .govuk-table{width:100%;border-spacing:0;border-collapse:collapse;margin-bottom:30px;font-size:16px}
            .govuk-table__caption{font-weight:700;font-size:24px;text-align:left;margin-bottom:15px}
            .govuk-table__header,.govuk-table__cell{padding:10px 20px 10px 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top}
            .govuk-table__header{font-weight:700}
            .govuk-tag{display:inline-block;padding:2px 8px;font-weight:700;font-size:14px;background:#cce2d8;color:#005a30}
            .govuk-tag--red{background:#f4cdc6;color:#942514}
            .govuk-tag--grey{background:#e5e6e7;color:#383f43}
            .govuk-tag--yellow{background:#fff7bf;color:#594d00}
            .govuk-summary-list{margin:0 0 20px;padding:0}
            .govuk-summary-list dt{font-weight:700;float:left;clear:left;width:14em}
            .govuk-summary-list dd{margin:0 0 5px 14em}
            @media print{
              @page{size:A4 landscape;margin:12mm}
              body{font-size:11pt;color:#000}
              .govuk-header{background:none;color:#000;border-bottom:2pt solid #000;padding:0 0 4pt}
              .govuk-header__service-name{color:#000}
              .govuk-width-container{margin:0;max-width:none}
              .govuk-main-wrapper{padding:8pt 0}
              .govuk-heading-l{font-size:18pt}
              .govuk-heading-m{font-size:14pt}
              .govuk-table{font-size:9pt}
              .govuk-table thead{display:table-header-group}
              .govuk-table tr{page-break-inside:avoid}
              .govuk-table__header,.govuk-table__cell{padding:3pt 6pt 3pt 0;border-bottom:0.5pt solid #000}
              .govuk-tag{border:0.5pt solid #000;background:none;color:#000}
              .govuk-no-print{display:none}
            }
            """;

    public static String html(ParityView view) {
        StringBuilder h = new StringBuilder(8192);
        String title = "Parity report: " + view.policeArea() + " PCC election, " + ukDate(view.pollDate());
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header class=\"govuk-header\" role=\"banner\"><span class=\"govuk-header__service-name\">")
                .append("Purdah: candidate parity</span></header>\n")
                .append("<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">\n")
                .append("<h1 class=\"govuk-heading-l\">").append(esc(title)).append("</h1>\n")
                .append("<dl class=\"govuk-summary-list\">")
                .append(dl("Police area", view.policeArea()))
                .append(dl("Poll", ukDate(view.pollDate())))
                .append(dl("Purdah from", ukDate(view.purdahStart())))
                .append(dl("Grace period", view.parityGraceDays() + " working days (EQ-1)"))
                .append(dl("Open findings", view.openFindings() + (view.breachedFindings() > 0
                        ? " (" + view.breachedFindings() + " past their grace period)" : "")))
                .append("<dt>Generated</dt><dd><time datetime=\"").append(view.generatedAt()).append("\">")
                .append(esc(Reports.ukDateTime(view.generatedAt()))).append("</time></dd>")
                .append("</dl>\n");

        h.append("<table class=\"govuk-table\" id=\"parity\">\n<caption class=\"govuk-table__caption\">")
                .append("What each candidate has been offered</caption>\n<thead><tr>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Candidate</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Status</th>");
        view.offers().forEach(line -> h.append("<th scope=\"col\" class=\"govuk-table__header\">")
                .append(esc(line.label())).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        if (view.candidates().isEmpty()) {
            h.append("<tr><td class=\"govuk-table__cell\" colspan=\"").append(2 + view.offers().size())
                    .append("\">No candidates yet.</td></tr>\n");
        }
        for (CandidateParity c : view.candidates()) {
            h.append("<tr><th scope=\"row\" class=\"govuk-table__header\">").append(esc(c.name()));
            if (c.party() != null && !c.party().isBlank()) {
                h.append("<br><span class=\"govuk-body-s\">").append(esc(c.party())).append("</span>");
            }
            h.append("</th><td class=\"govuk-table__cell\">").append(esc(status(c))).append("</td>");
            for (Cell cell : c.cells()) {
                h.append("<td class=\"govuk-table__cell\">").append(htmlCell(cell, view.generatedAt())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<h2 class=\"govuk-heading-m\">Statutory dealings with the incumbent</h2>\n")
                .append("<p class=\"govuk-body\">Recorded, and not counted for parity (CAND-2, EQ-5).</p>\n");
        List<String[]> statutory = new ArrayList<>();
        for (CandidateParity c : view.candidates()) {
            c.dealings().stream().filter(DealingEntry::statutory).forEach(d -> statutory.add(new String[] {c.name(),
                    title(d.kind()), Reports.ukDate(d.occurredAt()), nullToEmpty(d.capacity()),
                    nullToEmpty(d.summary())}));
        }
        if (statutory.isEmpty()) {
            h.append("<p class=\"govuk-body\" id=\"statutory\">None recorded.</p>\n");
        } else {
            h.append("<table class=\"govuk-table\" id=\"statutory\"><thead><tr>");
            for (String col : List.of("Candidate", "Dealing", "Date", "Capacity", "Summary")) {
                h.append("<th scope=\"col\" class=\"govuk-table__header\">").append(col).append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            for (String[] row : statutory) {
                h.append("<tr>");
                for (String field : row) {
                    h.append("<td class=\"govuk-table__cell\">").append(esc(field)).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<p class=\"govuk-body-s\">Dates are shown in UK time. A candidate is owed an offer made to another"
                + " candidate within the grace period; past it the finding is a breach (EQ-1).</p>\n")
                .append("</main></div>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String htmlCell(Cell cell, OffsetDateTime now) {
        if (cell.state() == ParityView.State.NOT_OFFERED) {
            if (!cell.owed()) {
                return "<strong class=\"govuk-tag govuk-tag--grey\">Not offered</strong>";
            }
            boolean late = !cell.owedBy().isAfter(now);
            return "<strong class=\"govuk-tag " + (late ? "govuk-tag--red\">Owed, overdue" : "govuk-tag--yellow\">Owed")
                    + "</strong><br>by " + esc(Reports.ukDate(cell.owedBy().minusNanos(1)));
        }
        StringBuilder s = new StringBuilder("<strong class=\"govuk-tag\">").append(esc(title(cell.state().name())))
                .append("</strong>");
        line(s, "DEALING".equals(cell.source()) ? "Met" : "Offered", cell.offeredAt());
        line(s, "Accepted", cell.acceptedAt());
        line(s, "Declined", cell.declinedAt());
        if (!"DEALING".equals(cell.source())) {
            line(s, "Held", cell.heldAt());
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String what, OffsetDateTime at) {
        if (at != null) {
            s.append("<br>").append(what).append(' ').append(esc(Reports.ukDate(at)));
        }
    }

    private static String dl(String term, String value) {
        return "<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>";
    }

    private static String ukDate(java.time.LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** HTML-escapes text written by people. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
