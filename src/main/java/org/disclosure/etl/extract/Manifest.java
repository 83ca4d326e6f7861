package org.disclosure.etl.extract;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosure.etl.warehouse.Partition;

/**
 * {@code manifest.csv}: every partition file of a set, with its rows and bytes, by partition and
 * then file. What a reader lists to read the whole set, and what the next export carries over.
 */
public record Manifest(List<Entry> entries) {

    public static final String FILE = "manifest.csv";
    private static final String[] HEADER = {"report_year", "province", "part", "path", "rows", "bytes"};

    /** One partition file. */
    public record Entry(Partition partition, String file, long rows, long bytes) {
        public static final Comparator<Entry> ORDER = Comparator.comparing(Entry::partition).thenComparing(Entry::file);

        public String path() {
            return partition.folder() + "/" + file;
        }
    }

    public Set<Partition> partitions() {
        return Set.copyOf(entries.stream().map(Entry::partition).toList());
    }

    void write(Path dir) throws IOException {
        try (CsvExtractWriter out = new CsvExtractWriter(dir.resolve(FILE), HEADER, Set.of(0, 2, 4, 5))) {
            for (Entry e : entries.stream().sorted(Entry.ORDER).toList()) {
                Partition p = e.partition();
                out.write(p.year() == null ? "" : p.year().toString(), p.province() == null ? "" : p.province(), p.part().toString(),
                        e.path(), Long.toString(e.rows()), Long.toString(e.bytes()));
            }
            out.commit();
        }
    }

    /** The manifest of the set in {@code dir}, if it has one that reads. */
    public static Optional<Manifest> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = CsvExtractReader.open(in)) {
            CsvExtractReader.header(csv);
            List<Entry> entries = new ArrayList<>();
            String[] row;
            while ((row = csv.readNext()) != null) {
                String path = row[3];
                int cut = path.lastIndexOf('/');
                entries.add(new Entry(Partition.ofFolder(path.substring(0, cut)), path.substring(cut + 1), Long.parseLong(row[4]),
                        Long.parseLong(row[5])));
            }
            return Optional.of(new Manifest(entries));
        } catch (IOException | CsvValidationException | RuntimeException e) {
            return Optional.empty(); // a manifest that does not read: the set is written whole
        }
    }
}
