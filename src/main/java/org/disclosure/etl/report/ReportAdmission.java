package org.disclosure.etl.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a located document is one body's annual report for one year: it names its issuer and the
 * year it covers, and its tables print values. A blank form, a template with placeholders, or a
 * comparison or summary of several years or bodies is not, and loads nothing: in a nation-wide
 * warehouse its zeros or other years' numbers would stand under a real place name.
 */
final class ReportAdmission {

    private static final Pattern PLACEHOLDER = Pattern.compile("[XＸxｘ×*＊○□]{2}|某[县市区镇乡省局]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern COMPARISON = Pattern.compile("对比|比较|汇总|同比");

    private ReportAdmission() {
    }

    /** Why the document is not a report, or empty if it is one. */
    static Optional<String> refusal(ReportTitle title, Map<Integer, List<SourceRow>> rows) {
        String printedTitle = title.title().replaceAll("\\s+", "");
        if (PLACEHOLDER.matcher(printedTitle).find()) {
            return Optional.of("a template with placeholders (" + printedTitle + ")");
        }
        // years after 报告 are a date the title carries (…年度报告（2022年1月）), not another year reported on
        int end = printedTitle.lastIndexOf("报告");
        Matcher years = YEAR.matcher(end < 0 ? printedTitle : printedTitle.substring(0, end));
        String first = years.find() ? years.group(1) : null;
        while (first != null && years.find()) {
            if (!years.group(1).equals(first)) {
                return Optional.of("a comparison of several years (" + printedTitle + ")");
            }
        }
        if (COMPARISON.matcher(printedTitle).find()) {
            return Optional.of("a comparison or summary, not one body's report (" + printedTitle + ")");
        }
        Optional<String> sideBySide = sideBySide(rows.getOrDefault(3, List.of()));
        if (sideBySide.isPresent()) {
            return sideBySide;
        }
        boolean printsValues = rows.values().stream().flatMap(List::stream).anyMatch(SourceRow::printsAnything);
        if (title.agency().isEmpty() && title.reportYear() == null) {
            return Optional.of(printsValues ? "it names no issuer and no year" : "a blank form: it names no issuer or year and its tables print no value");
        }
        if (title.reportYear() == null) {
            return Optional.of("it names no year (title, statistics period or file name)");
        }
        if (title.agency().isEmpty()) {
            return Optional.of("it names no issuer (" + (printedTitle.isEmpty() ? "no title found" : printedTitle) + ")");
        }
        if (!rows.isEmpty() && !printsValues) {
            return Optional.of("its tables print no value (a blank form)");
        }
        return Optional.empty();
    }

    /**
     * Section 3 rows carrying twice the template's seven numbers or more: two years (or two bodies)
     * side by side. Such a table is never read as one year.
     */
    private static Optional<String> sideBySide(List<SourceRow> applications) {
        int columns = Codebook.standard().rows(Template.T2021, 3).get(0).columns().size();
        long withNumbers = applications.stream().filter(SourceRow::printsAnything).count();
        long doubled = applications.stream().filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() >= 2L * columns).count();
        if (withNumbers > 0 && doubled * 2 >= withNumbers) {
            return Optional.of("a comparison: " + doubled + " rows of section 3 carry " + 2 * columns
                    + " or more numbers, two tables side by side");
        }
        return Optional.empty();
    }
}
