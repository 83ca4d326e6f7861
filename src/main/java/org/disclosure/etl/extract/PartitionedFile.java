package org.disclosure.etl.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosure.etl.warehouse.Partition;

/**
 * One extract file (say facts.csv) in every partition written: rows come partition by partition,
 * each partition's file is finished when the next begins, so one file is open at a time; every
 * partition of the set gets the file, headers only where it has no rows.
 */
final class PartitionedFile implements AutoCloseable {

    private final Path dir;
    private final String file;
    private final String[] header;
    private final Set<Integer> numeric;
    private final boolean[] numericMask;
    private final List<Manifest.Entry> written = new ArrayList<>();
    private final Set<Partition> done = new HashSet<>();
    private Partition current;
    private CsvExtractWriter out;

    PartitionedFile(Path dir, String file, String[] header, Set<Integer> numeric) throws IOException {
        this.dir = dir;
        this.file = file;
        this.header = header;
        this.numeric = numeric;
        this.numericMask = CsvExtractWriter.mask(header.length, numeric);
    }

    String file() {
        return file;
    }

    void write(Partition partition, String... cells) {
        writeLine(partition, line(cells).getBytes(StandardCharsets.UTF_8));
    }

    /** The cells as a line of this file; safe on any thread, so that lines can be made apart from their writing. */
    String line(String... cells) {
        return CsvExtractWriter.line(cells, numericMask);
    }

    /** A line made by {@link #line}, UTF-8 encoded, to its partition's file. */
    void writeLine(Partition partition, byte[] line) {
        try {
            if (!partition.equals(current)) {
                open(partition);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.writeLine(line);
    }

    private void open(Partition partition) throws IOException {
        finishCurrent();
        if (!done.add(partition)) {
            throw new IllegalStateException(file + ": the rows of partition " + partition.folder() + " did not come together");
        }
        current = partition;
        out = new CsvExtractWriter(dir.resolve(partition.folder()).resolve(file), header, numeric);
    }

    private void finishCurrent() throws IOException {
        if (out != null) {
            out.commit();
            Path written = dir.resolve(current.folder()).resolve(file);
            this.written.add(new Manifest.Entry(current, file, out.rows(), Files.size(written)));
            out = null;
        }
    }

    /** Finishes the last partition's file and writes the file, headers only, for the partitions of {@code all} that had no rows. */
    List<Manifest.Entry> finish(Set<Partition> all) throws IOException {
        finishCurrent();
        for (Partition partition : all) {
            if (!done.contains(partition)) {
                open(partition);
            }
        }
        finishCurrent();
        return written;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
