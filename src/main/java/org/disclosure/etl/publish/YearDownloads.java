package org.disclosure.etl.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosure.etl.extract.ExtractExporter.Exported;
import org.disclosure.etl.extract.Manifest;
import org.disclosure.etl.warehouse.Partition;

/**
 * The downloads: one zip per report year, and one per province and year, of the extract files,
 * each holding only that year's (and province's) reports and their rows, and the codebook: each file
 * its partitions' files one after the other under one header. A zip none of whose partitions the
 * export wrote again is the zip of the site before, carried over by hard link.
 */
public final class YearDownloads {

    /** The extract files of a download, as {@code docs/extracts.md} names them. */
    static final List<String> FILES = List.of("reports.csv", "facts.csv", "applications.csv", "proactive.csv",
            "review_litigation.csv", "checks.csv", "skips.csv");

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** A download written: its path in the site, year, province (empty: national) and size. */
    public record Download(String path, int year, String province, long bytes) {
    }

    private YearDownloads() {
    }

    /**
     * @param data     the site's data folder: the partitions and the codebook
     * @param previous the downloads folder of the site before, whose zips of partitions not written again are carried over
     */
    public static List<Download> write(Path data, Manifest manifest, Exported exported, Path downloads, Optional<Path> previous)
            throws IOException {
        Map<Integer, List<Partition>> years = manifest.partitions().stream().filter(p -> p.year() != null)
                .collect(Collectors.groupingBy(Partition::year, TreeMap::new, Collectors.toList()));
        List<Download> written = new ArrayList<>();
        for (Map.Entry<Integer, List<Partition>> year : years.entrySet()) {
            List<Partition> partitions = year.getValue().stream().sorted().toList();
            String name = "extracts-" + year.getKey() + ".zip";
            if (!SiteFolder.carried(previous, name, downloads, partitions.stream().noneMatch(exported::rewrote))) {
                zip(downloads.resolve(name), data, partitions);
            }
            written.add(new Download("downloads/" + name, year.getKey(), "", Files.size(downloads.resolve(name))));
            Map<String, List<Partition>> provinces = partitions.stream().filter(p -> p.province() != null)
                    .collect(Collectors.groupingBy(Partition::province, TreeMap::new, Collectors.toList()));
            for (Map.Entry<String, List<Partition>> province : provinces.entrySet()) {
                String own = province.getKey() + "/extracts-" + province.getKey() + "-" + year.getKey() + ".zip";
                if (!SiteFolder.carried(previous, own, downloads, province.getValue().stream().noneMatch(exported::rewrote))) {
                    zip(downloads.resolve(own), data, province.getValue());
                }
                written.add(new Download("downloads/" + own, year.getKey(), province.getKey(), Files.size(downloads.resolve(own))));
            }
        }
        return written;
    }

    /** A zip of each extract file over {@code partitions}, and the codebook. */
    private static void zip(Path zip, Path data, List<Partition> partitions) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String file : FILES) {
                z.putNextEntry(entry(file));
                StackedCsv.stack(partitions.stream().map(p -> data.resolve(p.folder()).resolve(file)).toList(), z);
                z.closeEntry();
            }
            z.putNextEntry(entry("codebook.csv"));
            Files.copy(data.resolve("codebook.csv"), z);
            z.closeEntry();
        }
    }

    /**
     * An entry dated {@link #ENTRY_TIME}, not the time it was written: the same files make the same zip,
     * whether the site was published night by night or rebuilt.
     */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }
}
