package org.disclosure.etl.extract;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * Writes one extract file as the contract requires: UTF-8 with a byte-order mark, RFC 4180 quoting,
 * text cells that could start a spreadsheet formula prefixed with {@code '}, and the file replaced
 * atomically so that a reader never sees half of it.
 */
public final class CsvExtractWriter implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path target;
    private final Path temporary;
    private final ICSVWriter csv;
    private final Set<Integer> numericColumns;
    private boolean committed;

    /** {@code numericColumns}: indexes of columns written as plain numbers, never prefixed. */
    public CsvExtractWriter(Path target, String[] header, Set<Integer> numericColumns) throws IOException {
        this.target = target;
        this.numericColumns = numericColumns;
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        OutputStream out = Files.newOutputStream(temporary);
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.csv = new CSVWriter(writer, ',', '"', '"', "\n");
        csv.writeNext(header, false);
    }

    public void write(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = numericColumns.contains(i) ? nullToEmpty(cells[i]) : neutralized(cells[i]);
        }
        csv.writeNext(safe, false);
    }

    /** Text starting with = + - @ is written with a leading ' (CSV formula injection). */
    static String neutralized(String text) {
        String s = nullToEmpty(text);
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Finishes the file and puts it in place. */
    public void commit() throws IOException {
        csv.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            csv.close();
            Files.deleteIfExists(temporary);
        }
    }
}
