package org.disclosure.etl.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosure.etl.document.PrintedPlace;

/**
 * The page an operator opens in the morning: one self-contained HTML file (no scripts, fonts or
 * images from elsewhere; it opens from disk) with the run's outcome per status, bars of outcomes per
 * province and per format, every failed file with its reason, every skipped row with its text and
 * reason, every failed check with both sides, and the slowest files.
 */
public final class ReviewPage {

    public static final String FILE = "review.html";
    private static final List<String> OUTCOMES = List.of("loaded", "partial", "failed", "duplicate");

    /** Where a row or table was printed, as an image the page embeds (a data URI); none where there is no page to show. */
    public interface Crops {
        Crops NONE = (sourceFile, sha256, place) -> Optional.empty();

        Optional<String> of(String sourceFile, String sha256, PrintedPlace place);
    }

    private ReviewPage() {
    }

    /** Writes {@code review.html} into {@code dir}, atomically, with the crops of the pages where skipped rows and failed checks were printed. */
    public static Path write(RunReview review, Path dir, Crops crops) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(FILE);
        Path temp = dir.resolve(".review.html.tmp");
        Files.writeString(temp, render(review, crops), StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    static String render(RunReview r, Crops crops) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<title>disclosure-etl run ")
                .append(r.runId()).append("</title>\n<style>\n")
                .append("body{font:14px/1.45 system-ui,-apple-system,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:24px;color:#222;max-width:1200px}\n")
                .append("h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}\n")
                .append(".meta{color:#666}.cards{display:flex;gap:12px;margin:16px 0;flex-wrap:wrap}\n")
                .append(".card{border-radius:6px;padding:10px 16px;min-width:110px;color:#fff}.card b{display:block;font-size:26px}\n")
                .append(".loaded{background:#2e7d32}.partial{background:#ef8f00}.failed{background:#c62828}.duplicate{background:#78909c}.seen{background:#37474f}\n")
                .append("table{border-collapse:collapse;width:100%;margin:4px 0}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}\n")
                .append("th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}code{white-space:pre-wrap;word-break:break-all;font-size:12px}\n")
                .append(".bar{display:flex;height:18px;width:100%;background:#eee;border-radius:3px;overflow:hidden}.bar div{height:100%}\n")
                .append(".legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}\n")
                .append(".none{color:#888}img.crop{max-width:560px;border:1px solid #ccc;display:block}pre.near{margin:0;font-size:12px;color:#555}\n")
                .append(".conflict,.rejected,.stale{color:#c62828}.pending{color:#ef8f00}.applied,.confirmed{color:#2e7d32}\n</style></head><body>\n");
        h.append("<h1>Ingest run ").append(r.runId()).append("</h1>\n<div class=\"meta\">started ").append(esc(r.started()))
                .append(String.format(Locale.ROOT, " · %.1f s", r.seconds())).append(" · inbox <code>").append(esc(r.inbox()))
                .append("</code></div>\n<div class=\"cards\">");
        int total = r.statuses().values().stream().mapToInt(Integer::intValue).sum();
        card(h, "seen", "files taken in", total);
        for (String outcome : OUTCOMES) {
            card(h, outcome, outcome, r.statuses().getOrDefault(outcome, 0));
        }
        h.append("</div>\n<div class=\"meta\">").append(r.alreadyLoaded())
                .append(" files of the inbox were loaded by earlier runs and not read again.</div>\n");

        h.append("<h2>Outcomes per province</h2>\n");
        legend(h);
        bars(h, r.byProvince(), "(not placed)");
        h.append("<h2>Outcomes per format</h2>\n");
        bars(h, r.byFormat(), "(none)");

        listed(h, "Failed files", r.failedFiles(), "reports.csv", List.of("file", "format", "reason"),
                f -> List.of(code(f.sourceFile()), esc(f.format()), esc(f.reason())));
        listed(h, "Skipped rows", r.skippedRows(), "skips.csv", List.of("file", "section", "row", "text as read", "reason", "message", "as printed"),
                s -> List.of(code(s.sourceFile()), number(String.valueOf(s.section())), esc(s.label()), code(s.raw()),
                        esc(s.reason()), esc(s.message()), printed(crops.of(s.sourceFile(), s.sha256(), s.place()), s.neighbours(), s.raw())));
        if (r.skippedRows().shown().stream().anyMatch(s -> s.rowCode() != null)) {
            h.append("<p>Rows with a template row can be completed by hand: fill <code>value</code> in <a href=\"corrections-template.csv\">")
                    .append("corrections-template.csv</a> (beside this page), save it as CSV and put it in the corrections folder; ")
                    .append("the next run loads them as <code>manual</code> facts once every cell of a row is filled.</p>\n");
        }
        listed(h, "Failed checks", r.failedChecks(), "checks.csv", List.of("file", "rule", "row", "column", "expected", "actual", "as printed"),
                c -> List.of(code(c.sourceFile()), esc(c.rule()), esc(c.rowCode()), esc(c.columnCode()),
                        number(c.expected()), number(c.actual()), printed(crops.of(c.sourceFile(), c.sha256(), c.place()), "", "")));
        listed(h, "Corrections", r.corrections(), "the warehouse's corrections table",
                List.of("correction file", "owner", "line", "report file", "cell", "value", "state", "why"),
                c -> List.of(code(c.file()), esc(c.owner()), number(String.valueOf(c.line())), code(c.sourceFile()), esc(c.cell()),
                        number(c.value()), "<td class=\"" + esc(c.state()) + "\">" + esc(c.state()) + "</td>", esc(c.reason())));
        if (!r.refusedCorrectionFiles().isEmpty()) {
            h.append("<h2>Correction files refused (").append(r.refusedCorrectionFiles().size()).append(")</h2>\n");
            table(h, "none", List.of("file", "owner", "reason"), r.refusedCorrectionFiles().stream()
                    .map(f -> List.of(code(f.file()), esc(f.owner()), esc(f.reason()))).toList());
        }

        h.append("<h2>Slowest files</h2>\n");
        table(h, "no file was read in this run", List.of("file", "format", "read in", "status"), r.slowestFiles().stream()
                .map(f -> List.of(code(f.sourceFile()), esc(f.format()), number(f.millis() + " ms"), esc(f.status()))).toList());
        h.append("</body></html>\n");
        return h.toString();
    }

    /** A list's heading with its whole count, its first rows, and how many more the extract file holds. */
    private static <T> void listed(StringBuilder h, String title, RunReview.Listed<T> list, String extract, List<String> headers,
                                   java.util.function.Function<T, List<String>> cells) {
        h.append("<h2>").append(title).append(" (").append(list.total()).append(")</h2>\n");
        table(h, "none", headers, list.shown().stream().map(cells).toList());
        if (list.more() > 0) {
            h.append("<p>… and ").append(list.more()).append(" more in ").append(extract).append(".</p>\n");
        }
    }

    /** A table of cells already rendered (escaped) by {@link #code}, {@link #number} or {@link #esc}. */
    private static void table(StringBuilder h, String emptyText, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            h.append("<p class=\"none\">").append(emptyText).append("</p>\n");
            return;
        }
        h.append("<table><tr>");
        headers.forEach(head -> h.append("<th>").append(head).append("</th>"));
        h.append("</tr>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            row.forEach(cell -> h.append(cell.startsWith("<td") ? cell : "<td>" + cell + "</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** The crop of the page where it was printed; where there is none, the rows printed around it. */
    private static String printed(Optional<String> crop, String neighbours, String row) {
        if (crop.isPresent()) {
            return "<img class=\"crop\" alt=\"as printed\" src=\"" + crop.get() + "\">";
        }
        if (neighbours == null || neighbours.isBlank()) {
            return "";
        }
        String[] around = neighbours.split("\n", -1);
        return "<pre class=\"near\">" + esc(around[0]) + "\n<b>" + esc(row) + "</b>\n" + esc(around.length > 1 ? around[1] : "") + "</pre>";
    }

    private static String code(String text) {
        return "<code>" + esc(text) + "</code>";
    }

    private static String number(String text) {
        return "<td class=\"n\">" + esc(text) + "</td>";
    }

    private static void card(StringBuilder h, String css, String label, int count) {
        h.append("<div class=\"card ").append(css).append("\"><b>").append(count).append("</b>").append(label).append("</div>");
    }

    private static void legend(StringBuilder h) {
        h.append("<div class=\"legend\">");
        for (String outcome : OUTCOMES) {
            h.append("<span class=\"").append(outcome).append("\"></span>").append(outcome);
        }
        h.append("</div>\n");
    }

    /** One stacked bar per group, its length proportional to the largest group's count. */
    private static void bars(StringBuilder h, Map<String, Map<String, Integer>> groups, String blankName) {
        if (groups.isEmpty()) {
            h.append("<p class=\"none\">no files</p>\n");
            return;
        }
        int largest = groups.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
        h.append("<table>\n");
        for (Map.Entry<String, Map<String, Integer>> g : groups.entrySet()) {
            int count = g.getValue().values().stream().mapToInt(Integer::intValue).sum();
            h.append("<tr><td style=\"width:180px\">").append(esc(g.getKey().isEmpty() ? blankName : g.getKey()))
                    .append("</td><td class=\"n\" style=\"width:50px\">").append(count).append("</td><td><div class=\"bar\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * count / largest)).append("%\">");
            for (String outcome : OUTCOMES) {
                int n = g.getValue().getOrDefault(outcome, 0);
                if (n > 0) {
                    h.append("<div class=\"").append(outcome).append("\" style=\"width:")
                            .append(String.format(Locale.ROOT, "%.2f", 100.0 * n / count)).append("%\" title=\"")
                            .append(outcome).append(": ").append(n).append("\"></div>");
                }
            }
            h.append("</div></td></tr>\n");
        }
        h.append("</table>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
