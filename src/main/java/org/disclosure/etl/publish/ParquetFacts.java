package org.disclosure.etl.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.disclosure.etl.extract.ExtractExporter.Exported;
import org.disclosure.etl.extract.Manifest;

/**
 * facts as one Parquet file per report year (zstd-compressed, typed columns), for pandas, R and
 * DuckDB, written by an in-memory DuckDB that streams the CSV: a national year's 30 million rows
 * never sit in the JVM.
 */
public final class ParquetFacts {

    /** facts.csv's columns and their Parquet types (the value as DECIMAL(24,4), as the warehouse holds it). */
    static final String COLUMNS = "{'report_id': 'VARCHAR', 'source_file': 'VARCHAR', 'province': 'VARCHAR', "
            + "'division_code': 'VARCHAR', 'jurisdiction': 'VARCHAR', 'report_year': 'INTEGER', 'template': 'VARCHAR', "
            + "'section': 'INTEGER', 'table_code': 'VARCHAR', 'row_code': 'VARCHAR', 'column_code': 'VARCHAR', "
            + "'value': 'DECIMAL(24,4)', 'unit': 'VARCHAR', 'raw': 'VARCHAR', 'method': 'VARCHAR', 'page': 'INTEGER', 'box': 'VARCHAR'}";

    private ParquetFacts() {
    }

    /**
     * {@code data/facts-<year>.parquet} for each year, from its partitions' facts.csv; a year none of
     * whose partitions the export wrote again keeps the file of the site before ({@code previous}, its
     * data folder), carried over by hard link. Returns the files' site paths.
     */
    public static List<String> write(Path data, Manifest manifest, Exported exported, Optional<Path> previous) throws IOException {
        Map<Integer, List<Manifest.Entry>> years = manifest.entries().stream()
                .filter(e -> e.file().equals("facts.csv") && e.partition().year() != null && e.rows() > 0)
                .collect(Collectors.groupingBy(e -> e.partition().year(), TreeMap::new, Collectors.toList()));
        List<String> written = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads TO 2");
            for (Map.Entry<Integer, List<Manifest.Entry>> year : years.entrySet()) {
                String name = "facts-" + year.getKey() + ".parquet";
                Path target = data.resolve(name);
                if (!SiteFolder.carried(previous, name, data, year.getValue().stream().noneMatch(e -> exported.rewrote(e.partition())))) {
                    String files = year.getValue().stream().map(e -> literal(data.resolve(e.path()))).collect(Collectors.joining(", ", "[", "]"));
                    sql.execute("COPY (SELECT * FROM read_csv(" + files + ", header = true, quote = '\"', escape = '\"', columns = " + COLUMNS
                            + ") ORDER BY report_id, section, table_code, row_code, column_code) TO " + literal(target)
                            + " (FORMAT PARQUET, COMPRESSION ZSTD)");
                }
                written.add("data/" + name);
            }
        } catch (SQLException e) {
            throw new IOException("Parquet could not be written: " + e.getMessage(), e);
        }
        return written;
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
