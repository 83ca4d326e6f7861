package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.UnreadableDocumentException;

/**
 * Locates the parts of an annual report in a document: title, section headings, the tables of
 * sections 2 to 4 (by their own words first, by the heading they stand under otherwise; text lines
 * where a section has no table) and the text of sections 1, 5 and 6. A document that is not one
 * body's report for one year ({@link ReportAdmission}) is refused.
 */
public final class ReportLocator {

    public static final String WARNING_HEADING_MISSING = "SECTION_HEADING_MISSING";
    public static final String WARNING_TEMPLATE_UNKNOWN = "TEMPLATE_UNKNOWN";
    public static final String WARNING_YEAR_UNKNOWN = "YEAR_UNKNOWN";
    /** Some of the report's numbers were read by OCR (each confirmed by the table's arithmetic, or at high confidence in section 2). */
    public static final String WARNING_OCR = "OCR";

    private final SectionLocator sections = new SectionLocator();
    private final TitleLocator titles = new TitleLocator();

    public LocatedReport locate(Document document) throws UnreadableDocumentException {
        return locate(document, "");
    }

    /** @param fileName the file's name, where a report stating its year nowhere else may state it */
    public LocatedReport locate(Document document, String fileName) throws UnreadableDocumentException {
        List<Block> blocks = document.blocks();
        List<SectionHeading> headings = sections.locate(blocks);
        Map<Integer, SectionHeading> bySection = headings.stream()
                .collect(Collectors.toMap(SectionHeading::section, h -> h));
        int firstHeading = headings.isEmpty() ? blocks.size() : headings.get(0).blockIndex();
        ReportTitle title = titles.locate(blocks, firstHeading, fileName);

        Map<Integer, List<SourceRow>> rows = new LinkedHashMap<>();
        Set<Integer> recognized = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table table) {
                int under = sectionAt(headings, i);
                Optional<Integer> section = TableClassifier.sectionOf(table)
                        .or(() -> Optional.of(under).filter(s -> s >= 1 && Section.of(s).isTable()));
                String caption = i > 0 && blocks.get(i - 1) instanceof Paragraph p ? p.text() : "";
                section.filter(s -> table.recognized()).ifPresent(recognized::add);
                section.ifPresent(s -> {
                    List<SourceRow> tableRows = s == 4 ? ReviewLitigationTable.captioned(TableRows.of(table), caption) : TableRows.of(table);
                    rows.computeIfAbsent(s, k -> new ArrayList<>())
                            .addAll(table.recognized() ? RecognizedRows.confirmed(s, tableRows) : tableRows);
                });
            }
        }
        for (Section table : Section.TABLES) {
            int s = table.number();
            if (!rows.containsKey(s) && bySection.containsKey(s)) {
                List<String> lines = paragraphs(blocks, headings, s);
                int section = s;
                List<SourceRow> loose = s == 3
                        ? ApplicationsAlignment.of(lines).orElseGet(() -> ConvertedRows.verified(section, LooseRows.of(lines)))
                        : ConvertedRows.verified(s, LooseRows.of(lines));
                if (!loose.isEmpty()) {
                    rows.put(s, recognizedText(blocks, headings, s) ? loose.stream().map(r -> r.readBy(ReadMethod.OCR, null)).toList() : loose);
                }
            }
        }
        if (rows.containsKey(3) && bySection.containsKey(3) && ApplicationsAlignment.needed(rows.get(3))) {
            // A converter's table whose rows lost their labels (labels elsewhere, made-up headers): the template places them.
            ApplicationsAlignment.of(lines(blocks, headings, 3)).ifPresent(aligned -> rows.put(3, aligned));
        }
        if (headings.isEmpty() && rows.isEmpty()) {
            throw new UnreadableDocumentException("not a disclosure annual report: no section headings or statistical tables found");
        }
        Optional<String> refusal = ReportAdmission.refusal(title, rows);
        if (refusal.isPresent()) {
            throw new UnreadableDocumentException("not a disclosure annual report: " + refusal.get());
        }

        List<String> warnings = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (Section section : Section.values()) {
            int s = section.number();
            boolean statistical = section.isTable();
            if (statistical ? !rows.containsKey(s) : !bySection.containsKey(s)) {
                missing.add(s);
            } else if (statistical && !bySection.containsKey(s) && !warnings.contains(WARNING_HEADING_MISSING)) {
                warnings.add(WARNING_HEADING_MISSING);
            }
        }
        List<NarrativeSection> narrative = new ArrayList<>();
        for (Section section : Section.NARRATIVE) {
            SectionHeading h = bySection.get(section.number());
            if (h != null) {
                narrative.add(new NarrativeSection(section.number(), h.text(), String.join("\n", paragraphs(blocks, headings, section.number()))));
            }
        }
        Template template = template(rows, title, warnings);
        if (recognized.contains(3) && template != null) {
            rows.put(3, RecognizedRows.namedByNeighbours(rows.get(3), template));
        }
        for (Map.Entry<Integer, List<SourceRow>> section : rows.entrySet()) {
            TextRegions regions = new TextRegions(sectionParagraphs(blocks, headings, section.getKey()));
            section.setValue(section.getValue().stream().map(regions::placed).toList());
        }
        if (title.reportYear() == null) {
            warnings.add(WARNING_YEAR_UNKNOWN);
        }
        if (blocks.stream().anyMatch(b -> b instanceof Table t && t.recognized())) {
            warnings.add(WARNING_OCR);
        }
        return new LocatedReport(title, template, rows, narrative, missing, warnings, text(blocks));
    }

    private static Template template(Map<Integer, List<SourceRow>> rows, ReportTitle title, List<String> warnings) {
        String tableText = rows.values().stream().flatMap(List::stream)
                .map(r -> r.context() + " " + r.label()).collect(Collectors.joining(" "));
        Template fromTables = TemplateDetector.fromTables(tableText);
        if (fromTables != null) {
            return fromTables;
        }
        if (title.reportYear() != null) {
            return Template.forReportYear(title.reportYear());
        }
        warnings.add(WARNING_TEMPLATE_UNKNOWN);
        return Template.T2021;
    }

    private static String text(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Paragraph p && text.length() < LocatedReport.TEXT_LIMIT) {
                text.append(p.text()).append('\n');
            }
        }
        return text.length() > LocatedReport.TEXT_LIMIT ? text.substring(0, LocatedReport.TEXT_LIMIT) : text.toString();
    }

    /** The section whose span holds a block: the last heading before it (0 before any heading). */
    private static int sectionAt(List<SectionHeading> headings, int blockIndex) {
        int section = 0;
        for (SectionHeading h : headings) {
            if (h.blockIndex() < blockIndex) {
                section = h.section();
            }
        }
        return section;
    }

    /** A section's content as lines: paragraphs as they are, table rows as their cells separated by spaces. */
    private static List<String> lines(List<Block> blocks, List<SectionHeading> headings, int section) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks.subList(start(headings, section), end(headings, section, blocks.size()))) {
            if (block instanceof Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof Table t) {
                t.rows().forEach(row -> lines.add(String.join(" ", row.stream().map(String::strip).filter(c -> !c.isEmpty()).toList())));
            }
        }
        return lines;
    }

    private static int start(List<SectionHeading> headings, int section) {
        return headings.stream().filter(h -> h.section() == section).mapToInt(h -> h.blockIndex() + 1).findFirst().orElse(0);
    }

    private static int end(List<SectionHeading> headings, int section, int blocks) {
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).section() == section) {
                return i + 1 < headings.size() ? headings.get(i + 1).blockIndex() : blocks;
            }
        }
        return blocks;
    }

    /** The paragraph texts between a section's heading and the next heading found. */
    /** Whether the section's running text was read by OCR: rows rebuilt from it are OCR's reading. */
    private static boolean recognizedText(List<Block> blocks, List<SectionHeading> headings, int section) {
        return blocks.subList(start(headings, section), end(headings, section, blocks.size())).stream()
                .anyMatch(b -> b instanceof Paragraph p && p.recognized());
    }

    /** The lines of running text under a section's heading (none where it has no heading). */
    private static List<Paragraph> sectionParagraphs(List<Block> blocks, List<SectionHeading> headings, int section) {
        if (headings.stream().noneMatch(h -> h.section() == section)) {
            return List.of();
        }
        return blocks.subList(start(headings, section), end(headings, section, blocks.size())).stream()
                .filter(b -> b instanceof Paragraph).map(Paragraph.class::cast).toList();
    }

    private static List<String> paragraphs(List<Block> blocks, List<SectionHeading> headings, int section) {
        return sectionParagraphs(blocks, headings, section).stream().map(Paragraph::text).toList();
    }
}
