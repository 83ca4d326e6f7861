package org.disclosure.etl.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.disclosure.etl.extract.CsvExtractReader;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.extract.ExtractExporter;
import org.disclosure.etl.extract.Manifest;
import org.disclosure.etl.files.FolderTree;

/**
 * Every publish is a release researchers can cite and get back: a version ({@code 1.<n>.0}, n counting
 * the releases of this site, in datapackage.json), {@code changes.csv} and {@code CHANGELOG.md} of what
 * changed since the release before (reports added, removed, changed; cells whose numbers changed),
 * {@code CITATION.cff}, and the releases before kept whole under {@code releases/<version>/} (hard links:
 * no bytes copied), the last {@code kept} of them. The changes are read from the partitions the release
 * wrote again, old against new, so a release's cost follows what changed.
 */
final class Releases {

    static final String CHANGES = "changes.csv";
    static final String CHANGELOG = "CHANGELOG.md";
    static final String CITATION = "CITATION.cff";
    static final String FOLDER = "releases";
    static final String[] CHANGES_HEADER = {"version", "change", "report_id", "source_file", "status_before", "status", "facts_before",
        "facts", "cells_changed"};
    private static final int LISTED = 50;

    /** One report's change: {@code added}, {@code removed} or {@code changed}. */
    record Change(String change, String reportId, String sourceFile, String statusBefore, String status, String factsBefore, String facts,
                  int cellsChanged) {
    }

    private Releases() {
    }

    /** The version of the site before ({@code 1.<n>.0}), or empty for a first release. */
    static Optional<String> versionOf(Optional<Path> site) throws IOException {
        if (site.isEmpty() || !Files.isRegularFile(site.get().resolve(DataPackage.FILE))) {
            return Optional.empty();
        }
        return Optional.ofNullable(new ObjectMapper().readTree(site.get().resolve(DataPackage.FILE).toFile()).path("version").asText(null));
    }

    /** The version after {@code before}: the first is 1.0.0, each next one counts up the middle number. */
    static String next(Optional<String> before) {
        if (before.isEmpty() || !before.get().matches("\\d+\\.\\d+\\.\\d+")) {
            return "1.0.0";
        }
        String[] v = before.get().split("\\.");
        return v[0] + "." + (Integer.parseInt(v[1]) + 1) + ".0";
    }

    /** The reports of the partitions the release wrote again, before and now, compared. */
    static List<Change> changes(Path data, Optional<Path> dataBefore, Manifest manifest, ExtractExporter.Exported exported) throws IOException {
        Map<String, String[]> now = new LinkedHashMap<>();
        Map<String, String[]> before = new LinkedHashMap<>();
        Map<String, Map<String, String>> cellsNow = new HashMap<>();
        Map<String, Map<String, String>> cellsBefore = new HashMap<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (exported.rewrote(e.partition())) {
                read(data.resolve(e.path()), e.file(), now, cellsNow);
            }
        }
        if (dataBefore.isPresent()) {
            Optional<Manifest> old = Manifest.read(dataBefore.get());
            for (Manifest.Entry e : old.map(Manifest::entries).orElse(List.of())) {
                if (exported.rewrote(e.partition())) {
                    read(dataBefore.get().resolve(e.path()), e.file(), before, cellsBefore);
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String[]> r : now.entrySet()) {
            String[] was = before.get(r.getKey());
            String[] is = r.getValue();
            int cells = cellsChanged(cellsBefore.getOrDefault(r.getKey(), Map.of()), cellsNow.getOrDefault(r.getKey(), Map.of()));
            if (was == null) {
                changes.add(new Change("added", r.getKey(), is[0], "", is[1], "", is[2], cells));
            } else if (!Objects.equals(was[1], is[1]) || !Objects.equals(was[3], is[3]) || cells > 0) {
                changes.add(new Change("changed", r.getKey(), is[0], was[1], is[1], was[2], is[2], cells));
            }
        }
        for (Map.Entry<String, String[]> r : before.entrySet()) {
            if (!now.containsKey(r.getKey())) {
                String[] was = r.getValue();
                changes.add(new Change("removed", r.getKey(), was[0], was[1], "", was[2], "",
                        cellsChanged(cellsBefore.getOrDefault(r.getKey(), Map.of()), Map.of())));
            }
        }
        changes.sort(Comparator.comparing(Change::change).thenComparing(Change::sourceFile).thenComparing(Change::reportId));
        return changes;
    }

    /** A partition's reports ({@code source_file, status, facts, sha256} by id) or facts (value by cell, by report). */
    private static void read(Path file, String name, Map<String, String[]> reports, Map<String, Map<String, String>> cells) throws IOException {
        if (!name.equals("reports.csv") && !name.equals("facts.csv")) {
            return;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = CsvExtractReader.open(in)) {
            List<String> header = List.of(CsvExtractReader.header(csv));
            String[] row;
            while ((row = csv.readNext()) != null) {
                String id = row[header.indexOf("report_id")];
                if (name.equals("reports.csv")) {
                    reports.put(id, new String[] {row[header.indexOf("source_file")], row[header.indexOf("status")], row[header.indexOf("facts")],
                        row[header.indexOf("sha256")]});
                } else {
                    cells.computeIfAbsent(id, k -> new HashMap<>()).put(row[header.indexOf("table_code")] + "/" + row[header.indexOf("row_code")]
                            + "/" + row[header.indexOf("column_code")], row[header.indexOf("value")]);
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException(file + " unreadable: " + e.getMessage(), e);
        }
    }

    /** Cells added, removed or holding another number. */
    private static int cellsChanged(Map<String, String> before, Map<String, String> now) {
        int changed = 0;
        for (Map.Entry<String, String> c : now.entrySet()) {
            if (!c.getValue().equals(before.get(c.getKey()))) {
                changed++;
            }
        }
        for (String cell : before.keySet()) {
            if (!now.containsKey(cell)) {
                changed++;
            }
        }
        return changed;
    }

    /** Writes changes.csv, CHANGELOG.md (this release on top of the log before) and CITATION.cff into the new site. */
    static void write(Path building, Optional<Path> before, String version, LocalDate date, List<Change> changes, int reports) throws IOException {
        try (CsvExtractWriter csv = new CsvExtractWriter(building.resolve("data").resolve(CHANGES), CHANGES_HEADER, Set.of(6, 7, 8))) {
            changes.forEach(c -> csv.write(version, c.change(), c.reportId(), c.sourceFile(), c.statusBefore(), c.status(), c.factsBefore(),
                    c.facts(), String.valueOf(c.cellsChanged())));
            csv.commit();
        }
        Map<String, Long> counts = new TreeMap<>();
        changes.forEach(c -> counts.merge(c.change(), 1L, Long::sum));
        long cells = changes.stream().mapToLong(Change::cellsChanged).sum();
        StringBuilder log = new StringBuilder("# Changelog\n\n## ").append(version).append(" — ").append(date).append("\n\n")
                .append(reports).append(" reports published. Since the release before: ")
                .append(counts.getOrDefault("added", 0L)).append(" reports added, ").append(counts.getOrDefault("removed", 0L))
                .append(" removed, ").append(counts.getOrDefault("changed", 0L)).append(" changed; ").append(cells)
                .append(" cells whose number was added, removed or changed (data/changes.csv lists every report).\n\n");
        changes.stream().limit(LISTED).forEach(c -> log.append("- ").append(c.change()).append(' ').append(c.sourceFile())
                .append(c.status().isEmpty() ? "" : " (" + c.status() + ")").append('\n'));
        if (changes.size() > LISTED) {
            log.append("- … and ").append(changes.size() - LISTED).append(" more\n");
        }
        Optional<Path> oldLog = before.map(b -> b.resolve(CHANGELOG)).filter(Files::isRegularFile);
        if (oldLog.isPresent()) {
            String old = Files.readString(oldLog.get(), StandardCharsets.UTF_8);
            log.append('\n').append(old.startsWith("# Changelog\n\n") ? old.substring("# Changelog\n\n".length()) : old);
        }
        Files.writeString(building.resolve(CHANGELOG), log, StandardCharsets.UTF_8);
        Files.writeString(building.resolve(CITATION), """
                cff-version: 1.2.0
                message: "If you use this data set, please cite it as below, with its version."
                type: dataset
                title: "政府信息公开工作年度报告 statistics: China's government information disclosure annual reports, sections 2–4"
                version: "%s"
                date-released: "%s"
                license: CC-BY-4.0
                authors:
                  - name: "disclosure-etl"
                keywords:
                  - government transparency
                  - freedom of information
                  - China
                """.formatted(version, date), StandardCharsets.UTF_8);
    }

    /**
     * The site before, kept whole under {@code releases/<its version>/} in the new one, with the releases it
     * kept: the newest {@code kept} of them stay.
     */
    static List<String> keep(Path building, Optional<Path> before, Optional<String> beforeVersion, int kept) throws IOException {
        Map<String, Path> releases = new TreeMap<>(Comparator.<String>comparingLong(Releases::order).reversed());
        if (before.isPresent() && beforeVersion.isPresent()) {
            releases.put(beforeVersion.get(), before.get());
            Path old = before.get().resolve(FOLDER);
            if (Files.isDirectory(old)) {
                try (Stream<Path> listed = Files.list(old)) {
                    listed.filter(Files::isDirectory).forEach(r -> releases.putIfAbsent(r.getFileName().toString(), r));
                }
            }
        }
        List<String> keptVersions = new ArrayList<>();
        for (Map.Entry<String, Path> r : releases.entrySet()) {
            if (keptVersions.size() >= kept) {
                break;
            }
            Path from = r.getValue();
            Path to = building.resolve(FOLDER).resolve(r.getKey());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path relative = from.relativize(f);
                    if (r.getValue() != before.get() || !relative.startsWith(FOLDER)) {
                        FolderTree.link(f, to.resolve(relative.toString()));
                    }
                }
            }
            keptVersions.add(r.getKey());
        }
        return keptVersions;
    }

    /** A version's order: by its numbers. */
    private static long order(String version) {
        String[] v = version.split("\\.");
        long order = 0;
        for (String part : v) {
            order = order * 100_000 + (part.matches("\\d+") ? Long.parseLong(part) : 0);
        }
        return order;
    }
}
