package org.disclosure.etl.extract;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes one extract file as the contract requires: UTF-8 with a byte-order mark, RFC 4180 quoting
 * (a cell is quoted only when it holds a comma, quote or line break), lines ending in LF, text cells
 * that could start a spreadsheet formula prefixed with {@code '}, and the file replaced atomically so
 * that a reader never sees half of it.
 */
public final class CsvExtractWriter implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path target;
    private final Path temporary;
    private final OutputStream out;
    private final boolean[] numeric;
    private boolean committed;
    private long rows;

    /** {@code numericColumns}: indexes of columns written as plain numbers, never prefixed. */
    public CsvExtractWriter(Path target, String[] header, Set<Integer> numericColumns) throws IOException {
        this.target = target;
        this.numeric = mask(header.length, numericColumns);
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            // a temporary file is private; the extract it becomes is for researchers and the web server that serves them
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
        out.write(BOM);
        writeLine(line(header, new boolean[header.length]).getBytes(StandardCharsets.UTF_8));
    }

    public void write(String... cells) {
        writeLine(line(cells).getBytes(StandardCharsets.UTF_8));
    }

    /** The cells as one CSV line of this file, ending in LF: formatted once when it goes to several files. */
    String line(String... cells) {
        return line(cells, numeric);
    }

    /** A line made by {@link #line}, UTF-8 encoded. */
    void writeLine(byte[] line) {
        try {
            out.write(line);
            rows++;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Which of {@code length} columns are numeric. */
    static boolean[] mask(int length, Set<Integer> numericColumns) {
        boolean[] numeric = new boolean[length];
        numericColumns.forEach(i -> numeric[i] = true);
        return numeric;
    }

    /** The cells as one CSV line, ending in LF; {@code numeric}: the columns never prefixed. */
    static String line(String[] cells, boolean[] numeric) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            appendQuoted(line, numeric[i] ? cell : neutralized(cell));
        }
        return line.append('\n').toString();
    }

    private static void appendQuoted(StringBuilder line, String cell) {
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(cell);
            return;
        }
        line.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }

    /**
     * Text starting with = + - @, tab or carriage return is written with a leading ' (CSV formula
     * injection; OWASP's list: a spreadsheet skips a leading tab or CR and then reads the formula).
     */
    static String neutralized(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Rows written, the header not counted. */
    long rows() {
        return rows - 1;
    }

    /** Finishes the file and puts it in place. */
    public void commit() throws IOException {
        out.close();
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
            out.close();
            Files.deleteIfExists(temporary);
        }
    }
}
