package org.disclosure.etl.correction;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A correction file as an operator saves it from a spreadsheet: CSV with a header naming at least
 * {@code sha256, table_code, row_code, column_code, value} (the template's other columns may stay or
 * go, in any order), UTF-8 with or without a byte-order mark, or GB18030 as Excel saves CSV on Chinese
 * Windows. Lines whose value is empty are cells the operator left, not corrections.
 */
public final class CorrectionFile {

    static final List<String> REQUIRED = List.of("sha256", "table_code", "row_code", "column_code", "value");

    /** A line that corrects a cell: its number in the file (the header is line 1) and what it says. */
    public record Line(int number, String sha256, String tableCode, String rowCode, String columnCode, String value, String note) {
    }

    /** The file's lines, or why it is no correction file at all. */
    public sealed interface Reading permits Lines, Refused {
    }

    public record Lines(List<Line> lines) implements Reading {
    }

    public record Refused(String reason) implements Reading {
    }

    private CorrectionFile() {
    }

    public static Reading read(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return new Refused("not a CSV file: it holds binary data");
            }
        }
        String text = decode(content);
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text)).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = csv.readAll();
            if (rows.isEmpty()) {
                return new Refused("empty file");
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] header = rows.get(0);
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Refused("not a correction file: its header lacks " + String.join(", ", missing));
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 1; r < rows.size(); r++) {
                String[] row = rows.get(r);
                String value = cell(row, columns.get("value"));
                if (value.isBlank()) {
                    continue;
                }
                lines.add(new Line(r + 1, cell(row, columns.get("sha256")).toLowerCase(Locale.ROOT), cell(row, columns.get("table_code")),
                        cell(row, columns.get("row_code")), cell(row, columns.get("column_code")), value.strip(),
                        cell(row, columns.get("note"))));
            }
            return new Lines(lines);
        } catch (IOException | CsvException e) {
            return new Refused("not a CSV file: " + e.getMessage());
        }
    }

    private static String cell(String[] row, Integer column) {
        return column == null || column >= row.length ? "" : row[column].strip();
    }

    /** UTF-8 where the bytes are UTF-8; GB18030 (a superset of GBK) otherwise. */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
