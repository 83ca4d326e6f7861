package org.disclosure.etl.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.extract.ExtractExporter.Exported;
import org.disclosure.etl.extract.Manifest;
import org.disclosure.etl.warehouse.Partition;
import org.disclosure.etl.warehouse.PartitionMarks.WrittenSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearDownloadsTest {

    private static final Partition SHANXI = new Partition(2021, "山西省", 1);
    private static final Partition SHANXI_TOO = new Partition(2021, "山西省", 2);
    private static final Partition UNPLACED = new Partition(2021, null, 1);

    private static Manifest.Entry part(Path data, Partition partition, String file, String[] header, List<String[]> rows) throws Exception {
        Path path = data.resolve(partition.folder()).resolve(file);
        try (CsvExtractWriter w = new CsvExtractWriter(path, header, Set.of())) {
            for (String[] row : rows) {
                w.write(row);
            }
            w.commit();
        }
        return new Manifest.Entry(partition, file, rows.size(), Files.size(path));
    }

    /** Partitions of 2021: 山西省 (a1, a3 in a part; a4 in the next) and the unplaced reports (a2); cells with CR inside. */
    private static Manifest partitions(Path data) throws Exception {
        String[] withPlace = {"report_id", "report_year", "province", "error"};
        List<Manifest.Entry> entries = new ArrayList<>();
        for (String file : List.of("reports.csv", "facts.csv", "applications.csv", "proactive.csv", "review_litigation.csv")) {
            entries.add(part(data, SHANXI, file, withPlace, List.<String[]>of(new String[] {"a1", "2021", "山西省", "line one\rline two"},
                    new String[] {"a3", "2021", "山西省", "plain"})));
            entries.add(part(data, SHANXI_TOO, file, withPlace, java.util.Collections.singletonList(new String[] {"a4", "2021", "山西省", "4"})));
            entries.add(part(data, UNPLACED, file, withPlace,
                    java.util.Collections.singletonList(new String[] {"a2", "2021", "", "crlf\r\ninside, \"quoted\""})));
        }
        for (String file : List.of("checks.csv", "skips.csv")) {
            entries.add(part(data, SHANXI, file, new String[] {"report_id", "message"},
                    java.util.Collections.singletonList(new String[] {"a1", "cell\rwith CR"})));
            entries.add(part(data, SHANXI_TOO, file, new String[] {"report_id", "message"}, List.of()));
            entries.add(part(data, UNPLACED, file, new String[] {"report_id", "message"}, List.of()));
        }
        try (CsvExtractWriter w = new CsvExtractWriter(data.resolve("codebook.csv"), new String[] {"table_code"}, Set.of())) {
            w.commit();
        }
        return new Manifest(entries);
    }

    private static String entry(Path zip, String name) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A year's file is its partitions' rows under one header, byte for byte: a CR inside a cell stays a CR. */
    @Test
    void aYearsFilesAreItsPartitionsRowsByteForByte(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Manifest manifest = partitions(data);
        Exported whole = new Exported(new WrittenSet("t", "l", 0), null, 2, 0);
        List<YearDownloads.Download> written = YearDownloads.write(data, manifest, whole, dir.resolve("downloads"), Optional.empty());

        assertThat(written).extracting(YearDownloads.Download::path)
                .containsExactly("downloads/extracts-2021.zip", "downloads/山西省/extracts-山西省-2021.zip");
        Path year = dir.resolve("downloads/extracts-2021.zip");
        assertThat(entry(year, "reports.csv")).isEqualTo("\uFEFFreport_id,report_year,province,error\n"
                + "a1,2021,山西省,\"line one\rline two\"\na3,2021,山西省,plain\na4,2021,山西省,4\na2,2021,,\"crlf\r\ninside, \"\"quoted\"\"\"\n");
        assertThat(entry(year, "checks.csv")).isEqualTo("\uFEFFreport_id,message\na1,\"cell\rwith CR\"\n");
        Path province = dir.resolve("downloads/山西省/extracts-山西省-2021.zip");
        assertThat(entry(province, "reports.csv")).isEqualTo(Files.readString(data.resolve("2021/山西省/0001/reports.csv")) + "a4,2021,山西省,4\n");
        assertThat(entry(province, "checks.csv")).isEqualTo(Files.readString(data.resolve("2021/山西省/0001/checks.csv")));

        // The next site: the unplaced part written again, so the year's zip is made again; 山西省's is carried over.
        Path next = Files.createDirectories(dir.resolve("next"));
        Exported night = new Exported(new WrittenSet("u", "l", 1), Set.of(UNPLACED), 1, 1);
        YearDownloads.write(data, manifest, night, next.resolve("downloads"), Optional.of(dir.resolve("downloads")));
        assertThat(Files.isSameFile(next.resolve("downloads/山西省/extracts-山西省-2021.zip"), province)).isTrue();
        assertThat(Files.isSameFile(next.resolve("downloads/extracts-2021.zip"), year)).isFalse();
        assertThat(next.resolve("downloads/extracts-2021.zip")).as("made again from the same files: the same bytes")
                .hasSameBinaryContentAs(year);
    }
}
