package org.disclosure.etl.publish;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disclosure.etl.extract.ExtractExporter;
import org.disclosure.etl.extract.Manifest;
import org.disclosure.etl.files.FolderTree;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.warehouse.Partition;
import org.disclosure.etl.warehouse.SiteQueries;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the static site of {@code publish}: the extracts and their yearly cuts, Parquet facts,
 * coverage, cross-year checks, {@code datapackage.json} and {@code index.html}. The site is built
 * beside the target folder and swapped in whole, so a web server never serves half of it.
 */
public final class SitePublisher {

    /** The CSV resources of {@code data/} in parts, one per partition, as the data package names them. */
    static final List<String> PARTITIONED = List.of("reports", "facts", "applications", "proactive", "review_litigation", "checks",
            "skips");
    /** The CSV resources of {@code data/} written whole. */
    static final List<String> WHOLE = List.of("codebook", "coverage", "year_checks", "outcomes", "crosswalk", "panel", "changes");

    private final SiteQueries queries;
    private final ExtractExporter exporter;
    private final Gazetteer gazetteer;
    private final int threads;
    private final int releasesKept;

    /** @param releasesKept the releases before kept downloadable under {@code releases/<version>/} */
    public SitePublisher(JdbcTemplate jdbc, ExtractExporter exporter, Gazetteer gazetteer, int threads, int releasesKept) {
        this.queries = new SiteQueries(jdbc);
        this.exporter = exporter;
        this.gazetteer = gazetteer;
        this.threads = threads;
        this.releasesKept = releasesKept;
    }

    /** What was published, for the command's summary. */
    public record Published(Path site, String version, int years, int reports, int downloads, int parquetFiles, long yearChecksDiffering,
                            String partitions, String phases) {
        public String summary() {
            return "published release " + version + " at " + site + ": " + reports + " reports of " + years + " years, " + downloads + " downloads, "
                    + parquetFiles + " Parquet files, " + yearChecksDiffering + " cross-year checks differing (" + partitions + ")\n"
                    + "  time: " + phases;
        }
    }

    /** How long each part of a publish took, for the summary: where a site's time goes. */
    private static final class Phases {
        private final StringJoiner done = new StringJoiner(", ");
        private long start = System.nanoTime();

        void end(String phase) {
            long now = System.nanoTime();
            done.add(String.format(Locale.ROOT, "%s %.1f s", phase, (now - start) / 1e9));
            start = now;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    /**
     * Publishes the site at {@code site}, starting from the site published there before: the
     * partitions, downloads and Parquet files of what changed since are written again, the rest
     * carried over; {@code whole}: all written again.
     */
    public Published publish(Path site, boolean whole) throws IOException {
        Path target = site.toAbsolutePath().normalize();
        Path building = target.resolveSibling("." + target.getFileName() + ".building");
        FolderTree.delete(building);
        Path data = Files.createDirectories(building.resolve("data"));
        Optional<Path> before = Optional.of(target).filter(Files::isDirectory);
        String place = "site:" + target;
        Phases phases = new Phases();
        ExtractExporter.Exported exported = exporter.export(data, place, before.map(b -> b.resolve("data")), whole, threads);
        Manifest manifest = Manifest.read(data).orElseThrow();
        phases.end("partitions");

        List<Coverage.Cell> coverage = Coverage.of(queries, gazetteer);
        Coverage.write(coverage, data.resolve("coverage.csv"));
        phases.end("coverage");
        Set<Partition> places = manifest.partitions().stream().filter(p -> p.year() != null).map(Partition::place)
                .collect(Collectors.toCollection(TreeSet::new));
        Optional<Path> dataBefore = before.map(b -> b.resolve("data"));
        long[] yearChecks = YearChecks.write(queries, new PlacePieces("year_checks.csv", data, dataBefore), places, exported::rewrotePlace);
        Map<Integer, Map<String, BigDecimal>> outcomes = Outcomes.write(queries, new PlacePieces(Outcomes.FILE, data, dataBefore), places,
                exported::rewrotePlace);
        phases.end("cross-year checks and outcomes");
        Panel.write(queries, new PlacePieces(Panel.FILE, data, dataBefore), places, exported::rewrotePlace);
        Panel.writeCrosswalk(data.resolve(Panel.CROSSWALK));
        phases.end("panel");

        int reports = queries.reports();
        List<YearDownloads.Download> downloads = YearDownloads.write(data, manifest, exported, building.resolve("downloads"),
                before.map(b -> b.resolve("downloads")));
        phases.end("downloads");
        List<String> parquet = ParquetFacts.write(data, manifest, exported, dataBefore);
        phases.end("Parquet");
        Optional<String> beforeVersion = Releases.versionOf(before);
        String version = Releases.next(beforeVersion);
        Releases.write(building, before, version, LocalDateTime.now().toLocalDate(), Releases.changes(data, dataBefore, manifest, exported), reports);
        Releases.keep(building, before, beforeVersion, releasesKept);
        phases.end("release");
        DataPackage.write(building, WHOLE, PARTITIONED, manifest, parquet, version);
        try (InputStream contract = SitePublisher.class.getResourceAsStream("/docs/extracts.md")) {
            if (contract != null) {
                Files.copy(contract, building.resolve("extracts.md"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long differing = yearChecks[1];
        SitePage.write(building, new SitePage.Content(Catalogue.lines(queries, coverage), outcomes, downloads, parquet,
                yearChecks[0], differing, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        swapIn(building, target);
        exporter.published(place, exported);
        phases.end("pages");
        return new Published(target, version, queries.yearsWithFacts().size(), reports, downloads.size(), parquet.size(), differing,
                exported.summary(), phases.toString());
    }

    /** The new site in place of the old: the old one moved aside, the new one moved in, the old one removed. */
    private static void swapIn(Path building, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        FolderTree.delete(old);
        if (Files.exists(target)) {
            Files.move(target, old);
        }
        Files.createDirectories(target.getParent());
        Files.move(building, target);
        FolderTree.delete(old);
    }
}
