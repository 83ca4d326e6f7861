package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosure.etl.check.CheckFailure;
import org.disclosure.etl.check.ReportFacts;
import org.disclosure.etl.check.TemplateRules;
import org.disclosure.etl.document.formats.DocumentReaders;

/** Reads a report file through the same domain classes the job wires together. */
final class ParsedReports {

    record Parsed(LocatedReport located, List<Fact> facts, List<SkippedRow> skips) {
    }

    /** A seed report of the sample inbox. */
    static Parsed parse(String fileName) throws Exception {
        return parse(Path.of("data/inbox", fileName));
    }

    static Parsed parse(Path file) throws Exception {
        String fileName = file.getFileName().toString();
        LocatedReport located = new ReportReading(DocumentReaders.standard()).read(fileName, Files.readAllBytes(file));
        List<Fact> facts = new ArrayList<>();
        List<SkippedRow> skips = new ArrayList<>();
        for (int section = 2; section <= 4; section++) {
            SectionFacts mapped = SectionFacts.map(Section.of(section).table(), located.rows(section), located.template());
            facts.addAll(mapped.facts());
            skips.addAll(mapped.skipped());
        }
        return new Parsed(located, facts, skips);
    }

    /** Facts as the expected files list them: "section,table,row,column,value,unit", the value stripped of trailing zeros. */
    static List<String> lines(List<Fact> facts) {
        return facts.stream().map(f -> String.join(",", String.valueOf(f.section()), f.tableCode(), f.rowCode(), f.columnCode(),
                f.value().stripTrailingZeros().toPlainString(), f.unit().code())).toList();
    }

    /** A report's expected facts ({@code fixtures/expected/<name>.facts.csv}), written as {@link #lines} writes them. */
    static List<String> expected(String name) throws java.io.IOException {
        return expected(Files.readAllLines(Path.of("src/test/resources/fixtures/expected", name + ".facts.csv"),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Generated facts lines, written as {@link #lines} writes them. */
    static List<String> expected(List<String> lines) {
        return lines.stream().map(line -> {
            String[] parts = line.split(",");
            parts[4] = new BigDecimal(parts[4]).stripTrailingZeros().toPlainString();
            return String.join(",", parts);
        }).toList();
    }

    /** The consistency rules' failures on the parsed facts. */
    static List<CheckFailure> failedChecks(Parsed parsed) {
        ReportFacts facts = new ReportFacts(parsed.located().template(), parsed.facts());
        return TemplateRules.ALL.stream().flatMap(r -> r.check(facts).stream()).toList();
    }

    /** "row.column=value[ unit]" per line; every fact not listed must be 0 (count). */
    static void assertFacts(List<Fact> facts, int expectedCount, String nonZero) {
        assertThat(facts).hasSize(expectedCount);
        Map<String, Fact> byKey = facts.stream().collect(Collectors.toMap(
                f -> f.rowCode() + "." + f.columnCode(), f -> f, (a, b) -> {
                    throw new AssertionError("duplicate fact " + a);
                }));
        Map<String, String> expected = new HashMap<>();
        nonZero.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] kv = l.split("=");
            expected.put(kv[0], kv[1]);
        });
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Fact f = byKey.get(e.getKey());
            assertThat(f).as(e.getKey()).isNotNull();
            String[] valueUnit = e.getValue().split(" ");
            assertThat(f.value()).as(e.getKey()).isEqualByComparingTo(new BigDecimal(valueUnit[0]));
            assertThat(f.unit().code()).as(e.getKey() + " unit").isEqualTo(valueUnit.length > 1 ? valueUnit[1] : "count");
        }
        for (Fact f : facts) {
            String key = f.rowCode() + "." + f.columnCode();
            if (!expected.containsKey(key)) {
                assertThat(f.value()).as(key).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
    }

    private ParsedReports() {
    }
}
