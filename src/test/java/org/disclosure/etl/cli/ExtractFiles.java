package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads an extract back as a researcher's script does: UTF-8 with BOM, RFC 4180 (a backslash is text), one map per row by header. */
public final class ExtractFiles {

    private ExtractFiles() {
    }

    /** One extract over every partition of a set ({@code facts.csv}), its parts read in the order manifest.csv lists them. */
    public static List<Map<String, String>> table(Path set, String file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> part : rows(set.resolve("manifest.csv"))) {
            if (part.get("path").endsWith("/" + file)) {
                List<Map<String, String>> partRows = rows(set.resolve(part.get("path")));
                assertThat(partRows).as(part.get("path")).hasSize(Integer.parseInt(part.get("rows")));
                rows.addAll(partRows);
            }
        }
        return rows;
    }

    /** The files of a set that researchers read (manifest, codebook, every partition's), relative to it: not its review page or token. */
    public static List<Path> files(Path set) throws Exception {
        Path real = set.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            return walk.filter(Files::isRegularFile).map(real::relativize)
                    .filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** Two sets hold the same files, byte for byte. */
    public static void assertSameSet(Path actual, Path expected) throws Exception {
        assertThat(files(actual)).isEqualTo(files(expected)).isNotEmpty();
        for (Path file : files(expected)) {
            assertThat(actual.resolve(file)).as(file.toString()).hasSameBinaryContentAs(expected.resolve(file));
        }
    }

    public static List<Map<String, String>> rows(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVReader reader = new CSVReaderBuilder(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = reader.readAll();
            String[] header = rows.get(0);
            List<Map<String, String>> result = new ArrayList<>();
            for (String[] row : rows.subList(1, rows.size())) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], row[i]);
                }
                result.add(m);
            }
            return result;
        }
    }
}
