package org.disclosure.etl.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code index.html}: the catalogue a researcher opens first. Per report year and province the
 * reports, jurisdictions, facts, failed checks and county coverage, with each download beside it;
 * two charts drawn as inline SVG (coverage by province, application outcomes by year), so the page
 * needs no script, no server and no network; the data package, codebook, contract and how to cite.
 */
final class SitePage {

    static final String FILE = "index.html";
    private static final String[] COLOURS = {"#4e79a7", "#59a14f", "#e15759", "#f28e2b", "#76b7b2", "#b07aa1"};

    private SitePage() {
    }

    record Content(List<Catalogue.Line> lines, Map<Integer, Map<String, BigDecimal>> outcomes, List<YearDownloads.Download> downloads,
                   List<String> parquet, long yearChecks, long yearChecksDiffering, String published) {
    }

    static void write(Path site, Content c) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>政府信息公开工作年度报告 · data set</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:.2em .5em}td.n{text-align:right}caption{text-align:left;font-weight:bold}"
                        + "svg text{font-size:12px}</style></head><body>\n")
                .append("<h1>政府信息公开工作年度报告: statistics</h1>\n<p>Published ").append(esc(c.published()))
                .append(". Every number of sections 2, 3 and 4 of the reports read; rows not read are listed with their reason, never guessed. ")
                .append("Described for tools in <a href=\"datapackage.json\">datapackage.json</a> (Frictionless Data Package); ")
                .append("columns and codes in <a href=\"extracts.md\">the extract contract</a> and <a href=\"data/codebook.csv\">the codebook</a>.</p>\n");
        int latest = c.lines().stream().mapToInt(Catalogue.Line::year).max().orElse(0);
        h.append("<h2>Coverage by province, ").append(latest).append("</h2>\n<p>Share of counties whose government's report is loaded "
                + "(<a href=\"data/coverage.csv\">coverage.csv</a>: every province, prefecture and county, each year, missingness included).</p>\n");
        h.append(coverageChart(c.lines().stream().filter(l -> l.year() == latest && !l.province().isEmpty()).toList()));
        h.append("<h2>Applications by outcome and year</h2>\n").append(outcomeChart(c.outcomes()));
        h.append("<h2>Catalogue</h2>\n<table id=\"catalogue\"><caption>Reports by year and province</caption>\n<tr><th>year</th><th>province</th>"
                + "<th>reports</th><th>jurisdictions</th><th>facts</th><th>failed checks</th><th>counties covered</th><th>download</th></tr>\n");
        for (Catalogue.Line l : c.lines()) {
            String download = c.downloads().stream().filter(d -> d.year() == l.year() && d.province().equals(l.province()))
                    .map(d -> "<a href=\"" + esc(d.path()) + "\">zip</a>").findFirst().orElse("");
            h.append("<tr data-year=\"").append(l.year()).append("\" data-province=\"").append(esc(l.province())).append("\"><td>")
                    .append(l.year()).append("</td><td>").append(l.province().isEmpty() ? "(not placed)" : esc(l.province()))
                    .append("</td><td class=\"n reports\">").append(l.reports()).append("</td><td class=\"n jurisdictions\">").append(l.jurisdictions())
                    .append("</td><td class=\"n facts\">").append(l.facts()).append("</td><td class=\"n failed-checks\">").append(l.failedChecks())
                    .append("</td><td class=\"n coverage\">").append(l.countiesCovered()).append(" / ").append(l.counties())
                    .append("</td><td>").append(download).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Downloads</h2>\n<ul>\n");
        new TreeMap<>(c.lines().stream().collect(java.util.stream.Collectors.groupingBy(Catalogue.Line::year))).keySet().forEach(year -> {
            h.append("<li>").append(year).append(": ");
            c.downloads().stream().filter(d -> d.year() == year && d.province().isEmpty())
                    .forEach(d -> h.append("<a href=\"").append(esc(d.path())).append("\">all extracts (zip)</a>"));
            c.parquet().stream().filter(p -> p.contains("-" + year + ".")).forEach(p -> h.append(", <a href=\"").append(esc(p))
                    .append("\">facts (Parquet)</a>"));
            h.append("</li>\n");
        });
        h.append("<li>All years: <a href=\"data/facts.csv\">facts.csv</a>, <a href=\"data/reports.csv\">reports.csv</a>, "
                + "<a href=\"data/applications.csv\">applications.csv</a>, <a href=\"data/proactive.csv\">proactive.csv</a>, "
                + "<a href=\"data/review_litigation.csv\">review_litigation.csv</a>, <a href=\"data/checks.csv\">checks.csv</a>, "
                + "<a href=\"data/skips.csv\">skips.csv</a>, <a href=\"data/coverage.csv\">coverage.csv</a>, "
                + "<a href=\"data/year_checks.csv\">year_checks.csv</a></li>\n"
                + "<li>One panel across both templates: <a href=\"data/panel.csv\">panel.csv</a> (a row per report, a column per harmonised "
                + "variable), through <a href=\"data/crosswalk.csv\">crosswalk.csv</a> (what each variable is in each template, and how far "
                + "they compare)</li>\n</ul>\n");
        h.append("<h2>Across years</h2>\n<p id=\"year-checks\">").append(c.yearChecks()).append(" comparisons of an issuer's consecutive reports "
                + "(carried-over equals last year's carried-forward; rules in force follow issued and repealed), <b class=\"differing\">")
                .append(c.yearChecksDiffering()).append("</b> differ: see <a href=\"data/year_checks.csv\">year_checks.csv</a>. "
                + "Flags, never corrections.</p>\n");
        h.append("<h2>How to cite</h2>\n<p>政府信息公开工作年度报告 statistics (disclosure-etl), published ").append(esc(c.published()))
                .append(", from the annual reports as published by each government body; licence CC BY 4.0.</p>\n</body></html>\n");
        Files.writeString(site.resolve(FILE), h, StandardCharsets.UTF_8);
    }

    /** Horizontal bars, one per province: counties covered ÷ counties. */
    private static String coverageChart(List<Catalogue.Line> lines) {
        int rowHeight = 18;
        int height = Math.max(1, lines.size()) * rowHeight + 20;
        StringBuilder s = new StringBuilder("<svg id=\"coverage-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"coverage by province\">\n");
        for (int i = 0; i < lines.size(); i++) {
            Catalogue.Line l = lines.get(i);
            int y = i * rowHeight + 4;
            int w = (int) Math.round(l.coverage() * 400);
            s.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(esc(l.province())).append("</text>")
                    .append("<rect x=\"160\" y=\"").append(y).append("\" width=\"400\" height=\"14\" fill=\"#eee\"/>")
                    .append("<rect x=\"160\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"14\" fill=\"")
                    .append(COLOURS[0]).append("\"><title>").append(l.countiesCovered()).append(" of ").append(l.counties())
                    .append("</title></rect><text x=\"566\" y=\"").append(y + 12).append("\">")
                    .append(String.format(Locale.ROOT, "%.0f%%", l.coverage() * 100)).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }

    /** Stacked bars, one per year: applications handled by outcome. */
    private static String outcomeChart(Map<Integer, Map<String, BigDecimal>> outcomes) {
        double max = outcomes.values().stream().mapToDouble(m -> m.values().stream().mapToDouble(BigDecimal::doubleValue).sum()).max().orElse(1);
        int barWidth = 50;
        StringBuilder s = new StringBuilder("<svg id=\"outcome-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(Math.max(320, outcomes.size() * (barWidth + 20) + 200)).append("\" height=\"260\" role=\"img\" aria-label=\"outcomes by year\">\n");
        int x = 10;
        for (Map.Entry<Integer, Map<String, BigDecimal>> year : outcomes.entrySet()) {
            double y = 220;
            int colour = 0;
            for (String group : Outcomes.GROUPS.keySet()) {
                BigDecimal v = year.getValue().getOrDefault(group, BigDecimal.ZERO);
                double h = max == 0 ? 0 : v.doubleValue() / max * 200;
                y -= h;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>",
                        x, y, barWidth, h, COLOURS[colour++ % COLOURS.length], year.getKey(), Outcomes.GROUPS.get(group), v.toPlainString()));
            }
            s.append("<text x=\"").append(x + 8).append("\" y=\"238\">").append(year.getKey()).append("</text>\n");
            x += barWidth + 20;
        }
        int colour = 0;
        int ly = 20;
        for (String label : Outcomes.GROUPS.values()) {
            s.append("<rect x=\"").append(x + 10).append("\" y=\"").append(ly - 10).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[colour++ % COLOURS.length]).append("\"/><text x=\"").append(x + 25).append("\" y=\"").append(ly)
                    .append("\">").append(label).append("</text>\n");
            ly += 16;
        }
        return s.append("</svg>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
