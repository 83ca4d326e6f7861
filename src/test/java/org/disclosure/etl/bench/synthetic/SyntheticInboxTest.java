package org.disclosure.etl.bench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.report.ReportReading;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.report.SectionFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's corpus is made in-process and is the same wherever it is made: its PDFs, drawn in
 * the corpus font, come out byte for byte the same twice, and every report of a sample of all four
 * formats reads back to exactly the facts it was made with.
 */
class SyntheticInboxTest {

    @TempDir
    Path cache;

    @Test
    void theCorpusIsTheSameTwiceAndReadsBackExactly() throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Path first = SyntheticInbox.ensure(cache.resolve("a"), 16, quiet);
        Path second = SyntheticInbox.ensure(cache.resolve("b"), 16, quiet);
        List<Path> files = files(first);
        assertThat(files).hasSize(16);
        assertThat(files.stream().filter(f -> f.toString().endsWith(".pdf"))).hasSize(4);
        ReportReading reading = new ReportReading(DocumentReaders.standard());
        for (Path name : files) {
            byte[] bytes = Files.readAllBytes(first.resolve(name));
            if (name.toString().endsWith(".pdf") || name.toString().endsWith(".txt") || name.toString().endsWith(".html")) {
                assertThat(Files.readAllBytes(second.resolve(name))).as(name.toString()).isEqualTo(bytes);
            }
            int i = Integer.parseInt(name.toString().replaceAll("\\D", ""));
            KnownReport report = SyntheticInbox.report(i, name.toString().replaceAll("\\..*", ""));
            LocatedReport located = reading.read(name.toString(), bytes);
            List<String> facts = new ArrayList<>();
            for (Section section : Section.TABLES) {
                SectionFacts mapped = SectionFacts.map(section.table(), located.rows(section.number()), located.template());
                assertThat(mapped.skipped()).as("%s section %d", name, section.number()).isEmpty();
                for (Fact f : mapped.facts()) {
                    facts.add(String.join(",", String.valueOf(f.section()), f.tableCode(), f.rowCode(), f.columnCode(),
                            f.value().toPlainString(), f.unit().code()));
                }
            }
            assertThat(facts).as(name.toString()).containsExactlyInAnyOrderElementsOf(report.expectedFacts());
            assertThat(located.title().title()).as(name.toString()).isEqualTo(report.title());
        }
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).map(dir::relativize).sorted().toList();
        }
    }
}
