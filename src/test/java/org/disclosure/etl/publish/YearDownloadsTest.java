package org.disclosure.etl.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearDownloadsTest {

    private static void national(Path data, String file, String[] header, List<String[]> rows) throws Exception {
        try (CsvExtractWriter w = new CsvExtractWriter(data.resolve(file), header, Set.of())) {
            for (String[] row : rows) {
                w.write(row);
            }
            w.commit();
        }
    }

    /** A year's download is the national file's rows of that year, byte for byte: a CR inside a cell stays a CR. */
    @Test
    void aYearsFilesAreTheNationalRowsOfThatYearByteForByte(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String[] withPlace = {"report_id", "report_year", "province", "error"};
        List<String[]> rows = List.<String[]>of(new String[] {"a1", "2021", "山西省", "line one\rline two"},
                new String[] {"a2", "2021", "", "crlf\r\ninside, \"quoted\""}, new String[] {"a3", "2021", "山西省", "plain"});
        for (String file : List.of("reports.csv", "facts.csv", "applications.csv", "proactive.csv", "review_litigation.csv")) {
            national(data, file, withPlace, rows);
        }
        for (String file : List.of("checks.csv", "skips.csv")) {
            national(data, file, new String[] {"report_id", "message"}, java.util.Collections.singletonList(new String[] {"a1", "cell\rwith CR"}));
        }
        national(data, "codebook.csv", new String[] {"table_code"}, List.<String[]>of());
        List<YearDownloads.Download> written = YearDownloads.write(data, dir.resolve("downloads"),
                List.<String[]>of(new String[] {"2021", "山西省"}, new String[] {"2021", ""}), Map.of("a1", new String[] {"2021", "山西省"}));

        assertThat(written).extracting(YearDownloads.Download::path)
                .containsExactly("downloads/extracts-2021.zip", "downloads/山西省/extracts-山西省-2021.zip");
        try (ZipFile zip = new ZipFile(dir.resolve("downloads/extracts-2021.zip").toFile())) {
            for (String file : List.of("reports.csv", "facts.csv", "checks.csv", "skips.csv")) {
                assertThat(zip.getInputStream(zip.getEntry(file)).readAllBytes()).as(file)
                        .isEqualTo(Files.readAllBytes(data.resolve(file)));
            }
        }
        try (ZipFile zip = new ZipFile(dir.resolve("downloads/山西省/extracts-山西省-2021.zip").toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("reports.csv")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("\uFEFFreport_id,report_year,province,error\na1,2021,山西省,\"line one\rline two\"\na3,2021,山西省,plain\n");
        }
    }
}
