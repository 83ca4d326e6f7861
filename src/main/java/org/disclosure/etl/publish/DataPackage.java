package org.disclosure.etl.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosure.etl.extract.CsvExtractReader;
import org.disclosure.etl.extract.Manifest;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Crosswalk;

/**
 * {@code datapackage.json}: a Frictionless Data Package (v1) describing every CSV and Parquet file of
 * the site: its path, format, encoding, schema (each column's name and type, as the file's header
 * has them), primary key, foreign keys to the codebook and to reports.csv, the sources and the
 * licence, so that Frictionless tools, CKAN and DataHub read it without a manual.
 */
public final class DataPackage {

    /** The data set's name; a folder whose package names it is a site published before. */
    static final String NAME = "china-government-information-disclosure-annual-reports";

    static final String FILE = "datapackage.json";

    private static final Set<String> INTEGERS = Set.of("run_id", "section", "report_year", "facts", "skipped_rows",
            "failed_checks", "previous_year", "reports", "page", "facts_before", "cells_changed");
    private static final Set<String> NUMBERS = Set.of("value", "expected", "actual", "applications");
    private static final Set<String> BOOLEANS = Set.of("agrees");
    private static final Map<String, List<String>> PRIMARY_KEYS = Map.ofEntries(
            Map.entry("reports", List.of("report_id")),
            Map.entry("facts", List.of("report_id", "table_code", "row_code", "column_code")),
            Map.entry("applications", List.of("report_id", "table_code", "row_code")),
            Map.entry("proactive", List.of("report_id", "table_code", "row_code")),
            Map.entry("review_litigation", List.of("report_id", "table_code", "row_code")),
            Map.entry("codebook", List.of("template", "table_code", "row_code", "column_code")),
            Map.entry("coverage", List.of("report_year", "division_code")),
            Map.entry("outcomes", List.of("report_year", "province", "outcome")),
            Map.entry("crosswalk", List.of("template", "table_code", "row_code", "column_code")),
            Map.entry("panel", List.of("report_id")),
            Map.entry("changes", List.of("report_id", "change")));
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("reports", "One row per report file: identity, place, year, template, status and counts."),
            Map.entry("facts", "One row per number read: the long table every other table is a view of."),
            Map.entry("applications", "Section 3 (applications received and handled), one row per report and row, one column per applicant kind."),
            Map.entry("proactive", "Section 2 (proactive disclosure), one row per report and row."),
            Map.entry("review_litigation", "Section 4 (administrative review and litigation), one row per report and group."),
            Map.entry("checks", "The tables' own arithmetic that does not add up: flags, never corrections."),
            Map.entry("skips", "Rows and sections not loaded, with the reason: nothing is guessed."),
            Map.entry("codebook", "The canonical row and column codes of the 2019 and 2021 templates."),
            Map.entry("coverage", "Per report year and division: whether its government's report was loaded, partial, failed or absent."),
            Map.entry("year_checks", "Soft checks across years for the same issuer: carried-over equals last year's carried-forward; rules in force follow issued and repealed."),
            Map.entry("outcomes", "Applications handled by outcome, report year and province: section 3's total column summed over the reports holding facts."),
            Map.entry("changes", "What this release changed since the one before: reports added, removed or changed, and how many of their cells."),
            Map.entry("crosswalk", "Every cell of both templates mapped to a harmonised variable of the panel, with how far the templates compare "
                    + "(same, caveat, not_comparable) and why."),
            Map.entry("panel", "One row per report holding facts (an issuer's year), one column per harmonised variable of the crosswalk, "
                    + "with the template it came from: the facts through the crosswalk, a variable printed in parts summed only where every part was read."));

    private DataPackage() {
    }

    /**
     * @param whole    the CSV files of {@code data/} written whole, by resource name
     * @param parts    the partitioned CSV files, by resource name: each a resource in parts, one per partition
     * @param manifest the partitions' files
     * @param parquet  the Parquet files' site paths
     * @param version  the release's version
     */
    public static void write(Path site, List<String> whole, List<String> parts, Manifest manifest, List<String> parquet, String version)
            throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode pkg = json.createObjectNode();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", NAME);
        pkg.put("title", "政府信息公开工作年度报告 — statistics of China's government information disclosure annual reports");
        pkg.put("description", "Every number of sections 2, 3 and 4 of the annual reports read, with the rows not read and why, "
                + "the tables' failed arithmetic, coverage by division and year, and cross-year checks. See extracts.md for the contract.");
        pkg.put("homepage", "index.html");
        pkg.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
        pkg.put("version", version);
        ArrayNode licenses = pkg.putArray("licenses");
        licenses.addObject().put("name", "CC-BY-4.0").put("path", "https://creativecommons.org/licenses/by/4.0/")
                .put("title", "Creative Commons Attribution 4.0");
        ArrayNode sources = pkg.putArray("sources");
        sources.addObject().put("title", "政府信息公开工作年度报告, as published by each government body on its website");
        sources.addObject().put("title", "Administrative divisions: data/reference (Ministry of Civil Affairs codes)");
        ArrayNode resources = pkg.putArray("resources");
        for (String name : parts) {
            List<Manifest.Entry> files = manifest.entries().stream().filter(e -> e.file().equals(name + ".csv")).sorted(Manifest.Entry.ORDER)
                    .toList();
            if (files.isEmpty()) {
                continue; // nothing published yet
            }
            ObjectNode r = csv(json, resources, name, header(site.resolve("data").resolve(files.get(0).path())),
                    files.stream().mapToLong(Manifest.Entry::bytes).sum());
            r.put("description", DESCRIPTIONS.getOrDefault(name, "") + " In parts, one per report year and province"
                    + " (data/<year>/<province>/), each opening with the header row; data/manifest.csv lists them.");
            files.forEach(e -> r.withArray("path").add("data/" + e.path()));
        }
        for (String name : whole) {
            Path file = site.resolve("data").resolve(name + ".csv");
            csv(json, resources, name, header(file), Files.size(file)).put("path", "data/" + name + ".csv");
        }
        String[] facts = parquet.isEmpty() ? null : header(site.resolve("data").resolve(manifest.entries().stream()
                .filter(e -> e.file().equals("facts.csv")).findFirst().orElseThrow().path()));
        for (String path : parquet) {
            ObjectNode r = resources.addObject();
            String year = path.replaceAll("\\D", "");
            r.put("name", "facts-" + year + "-parquet");
            r.put("path", path);
            r.put("format", "parquet");
            r.put("mediatype", "application/vnd.apache.parquet");
            r.put("description", "facts of report year " + year + " as Parquet (typed columns; value DECIMAL(24,4))");
            r.put("bytes", Files.size(site.resolve(path)));
            r.set("schema", schema(json, "facts", facts));
        }
        json.writeValue(site.resolve(FILE).toFile(), pkg);
    }

    /** A CSV resource of the package: everything but its path. */
    private static ObjectNode csv(ObjectMapper json, ArrayNode resources, String name, String[] header, long bytes) {
        ObjectNode r = resources.addObject();
        r.put("name", name.replace('_', '-'));
        r.put("profile", "tabular-data-resource");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8-sig");
        r.put("description", DESCRIPTIONS.getOrDefault(name, ""));
        r.put("bytes", bytes);
        ObjectNode dialect = r.putObject("dialect");
        dialect.put("delimiter", ",").put("quoteChar", "\"").put("doubleQuote", true).put("lineTerminator", "\n").put("header", true);
        r.set("schema", schema(json, name, header));
        return r;
    }

    private static ObjectNode schema(ObjectMapper json, String name, String[] header) {
        ObjectNode schema = json.createObjectNode();
        ArrayNode fields = schema.putArray("fields");
        for (String column : header) {
            ObjectNode f = fields.addObject();
            f.put("name", column);
            f.put("type", type(name, column));
        }
        schema.putArray("missingValues").add("");
        List<String> key = PRIMARY_KEYS.get(name);
        if (key != null) {
            ArrayNode pk = schema.putArray("primaryKey");
            key.forEach(pk::add);
        }
        ArrayNode foreign = schema.putArray("foreignKeys");
        if (name.equals("facts")) {
            foreignKey(foreign, List.of("template", "table_code", "row_code", "column_code"), "codebook");
        }
        // changes lists removed reports too, which reports no longer holds
        if (!List.of("reports", "codebook", "coverage", "changes").contains(name) && List.of(header).contains("report_id")) {
            foreignKey(foreign, List.of("report_id"), "reports");
        }
        return schema;
    }

    /** A foreign key whose fields have the same names in the referenced resource. */
    private static void foreignKey(ArrayNode foreign, List<String> fields, String resource) {
        ObjectNode fk = foreign.addObject();
        fields.forEach(fk.putArray("fields")::add);
        ObjectNode ref = fk.putObject("reference");
        ref.put("resource", resource);
        fields.forEach(ref.putArray("fields")::add);
    }

    /** A column's Frictionless type: counts and years integers, values numbers, the wide views' columns numbers, else text. */
    static String type(String resource, String column) {
        if (INTEGERS.contains(column)) {
            return "integer";
        }
        if (BOOLEANS.contains(column)) {
            return "boolean";
        }
        int section = switch (resource) {
            case "proactive" -> 2;
            case "applications" -> 3;
            case "review_litigation" -> 4;
            default -> 0;
        };
        if (NUMBERS.contains(column) || section > 0 && Codebook.standard().columnCodes(section).contains(column)
                || resource.equals("panel") && Crosswalk.standard().variables().contains(column)) {
            return "number";
        }
        return "string";
    }

    static String[] header(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CsvExtractReader.header(CsvExtractReader.open(in));
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(csv + ": " + e.getMessage(), e);
        }
    }
}
