package org.disclosure.etl.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * facts.csv as one Parquet file per report year (zstd-compressed, typed columns), for pandas, R and
 * DuckDB, written by an in-memory DuckDB that streams the CSV: a national year's 30 million rows
 * never sit in the JVM.
 */
public final class ParquetFacts {

    /** facts.csv's columns and their Parquet types (the value as DECIMAL(24,4), as the warehouse holds it). */
    static final String COLUMNS = "{'report_id': 'VARCHAR', 'source_file': 'VARCHAR', 'province': 'VARCHAR', "
            + "'division_code': 'VARCHAR', 'jurisdiction': 'VARCHAR', 'report_year': 'INTEGER', 'template': 'VARCHAR', "
            + "'section': 'INTEGER', 'table_code': 'VARCHAR', 'row_code': 'VARCHAR', 'column_code': 'VARCHAR', "
            + "'value': 'DECIMAL(24,4)', 'unit': 'VARCHAR', 'raw': 'VARCHAR'}";

    private ParquetFacts() {
    }

    /** {@code data/facts-<year>.parquet} for each year; returns the files' site paths. */
    public static List<String> write(Path data, List<Integer> years) throws IOException {
        List<String> written = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            sql.execute("SET threads TO 2");
            for (int year : years) {
                Path target = data.resolve("facts-" + year + ".parquet");
                Files.deleteIfExists(target);
                sql.execute("COPY (SELECT * FROM read_csv(" + literal(data.resolve("facts.csv")) + ", header = true, quote = '\"', "
                        + "escape = '\"', columns = " + COLUMNS + ") WHERE report_year = " + year + " ORDER BY report_id, section, "
                        + "table_code, row_code, column_code) TO " + literal(target) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
                written.add("data/" + target.getFileName());
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
