package org.disclosure.etl.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.document.DocumentReaders;

/** Reads a seed report through the same domain classes the job wires together. */
final class SeedReports {

    record Parsed(LocatedReport located, List<Fact> facts, List<RowSkipException> skips) {
    }

    static Parsed parse(String fileName) throws Exception {
        Path file = Path.of("data/inbox", fileName);
        LocatedReport located = new ReportReading(DocumentReaders.standard()).read(fileName, Files.readAllBytes(file));
        List<Fact> facts = new ArrayList<>();
        List<RowSkipException> skips = new ArrayList<>();
        for (int section = 2; section <= 4; section++) {
            SectionTable table = SectionTable.forSection(section);
            for (SourceRow row : located.rows(section)) {
                try {
                    facts.addAll(table.map(row, located.template()));
                } catch (RowSkipException e) {
                    skips.add(e);
                }
            }
        }
        return new Parsed(located, facts, skips);
    }

    private SeedReports() {
    }
}
