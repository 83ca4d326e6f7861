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

/** Reads an extract back as a researcher's script does: UTF-8 with BOM, RFC 4180 (a backslash is text), one map per row by header. */
final class ExtractFiles {

    private ExtractFiles() {
    }

    static List<Map<String, String>> rows(Path file) throws Exception {
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
