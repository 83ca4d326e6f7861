package org.disclosure.etl.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One extract file written in one pass twice over: the national file, and the same file for each
 * province under {@code by-province/<province>/}, each row going to the national file and to its
 * province's. Every province gets every file, headers only where it has no rows.
 */
final class ProvinceFanOut implements AutoCloseable {

    private final CsvExtractWriter national;
    private final Map<String, CsvExtractWriter> byProvince = new LinkedHashMap<>();

    ProvinceFanOut(Path dir, List<String> provinces, String file, String[] header, Set<Integer> numeric) throws IOException {
        national = new CsvExtractWriter(dir.resolve(file), header, numeric);
        for (String province : provinces) {
            byProvince.put(province, new CsvExtractWriter(dir.resolve("by-province").resolve(province).resolve(file), header, numeric));
        }
    }

    void write(String province, String... cells) {
        writeLine(province, line(cells).getBytes(StandardCharsets.UTF_8));
    }

    /** The cells as a line of this file; safe on any thread, so that lines can be made apart from their writing. */
    String line(String... cells) {
        return national.line(cells);
    }

    /** A line made by {@link #line}, UTF-8 encoded, to the national file and its province's. */
    void writeLine(String province, byte[] line) {
        national.writeLine(line);
        CsvExtractWriter own = province == null ? null : byProvince.get(province);
        if (own != null) {
            own.writeLine(line);
        }
    }

    void commit() throws IOException {
        national.commit();
        for (CsvExtractWriter w : byProvince.values()) {
            w.commit();
        }
    }

    @Override
    public void close() throws IOException {
        national.close();
        for (CsvExtractWriter w : byProvince.values()) {
            w.close();
        }
    }
}
