package org.disclosure.etl.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What harvesters write beside the files they fetch: {@code <file>.meta.json} next to a file
 * ({@code {"url": …, "retrieved_at": …}}), or a {@code manifest.csv} in its folder with one line per file
 * ({@code file, url, retrieved_at}; {@code source_url}, {@code path}/{@code filename}, {@code fetched_at}/{@code retrieved}
 * are read too). The file's own sidecar wins over its folder's manifest. An address that is not
 * http(s), or a time that is not ISO 8601, is left out rather than carried: a sidecar is a harvester's
 * note, and a wrong citation is worse than none. Sidecars are never reports: the inbox scan skips them.
 */
public final class HarvestSidecars {

    public static final String MANIFEST = "manifest.csv";
    public static final String SUFFIX = ".meta.json";
    private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HarvestSidecars() {
    }

    /** Whether an inbox file is a harvester's sidecar rather than a report. */
    public static boolean isSidecar(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(SUFFIX) || name.equals(MANIFEST);
    }

    /** The harvest record of {@code sourceFile} (relative to {@code inbox}), or {@link Harvest#NONE}. */
    public static Harvest of(Path inbox, String sourceFile) {
        Path file = inbox.resolve(sourceFile);
        Harvest own = fromJson(file.resolveSibling(file.getFileName() + SUFFIX));
        return own != Harvest.NONE ? own : fromManifest(file.resolveSibling(MANIFEST), file.getFileName().toString());
    }

    private static Harvest fromJson(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return Harvest.NONE;
        }
        try {
            JsonNode meta = JSON.readTree(Files.readString(sidecar, StandardCharsets.UTF_8));
            return harvest(text(meta, "url", "source_url"), text(meta, "retrieved_at", "fetched_at", "retrieved"));
        } catch (IOException | RuntimeException e) {
            return Harvest.NONE;
        }
    }

    private static String text(JsonNode meta, String... names) {
        for (String name : names) {
            if (meta.hasNonNull(name)) {
                return meta.get(name).asText();
            }
        }
        return null;
    }

    private static Harvest fromManifest(Path manifest, String fileName) {
        if (!Files.isRegularFile(manifest)) {
            return Harvest.NONE;
        }
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(Files.readString(manifest, StandardCharsets.UTF_8)))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = csv.readAll();
            if (rows.isEmpty()) {
                return Harvest.NONE;
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] header = rows.get(0);
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
            }
            Integer name = first(columns, "file", "filename", "path", "source_file");
            if (name == null) {
                return Harvest.NONE;
            }
            for (String[] row : rows.subList(1, rows.size())) {
                if (name < row.length && Path.of(row[name].strip()).getFileName() != null
                        && Path.of(row[name].strip()).getFileName().toString().equals(fileName)) {
                    return harvest(cell(row, first(columns, "url", "source_url")), cell(row, first(columns, "retrieved_at", "fetched_at", "retrieved")));
                }
            }
            return Harvest.NONE;
        } catch (IOException | CsvException | RuntimeException e) {
            return Harvest.NONE;
        }
    }

    private static Integer first(Map<String, Integer> columns, String... names) {
        for (String name : names) {
            if (columns.containsKey(name)) {
                return columns.get(name);
            }
        }
        return null;
    }

    private static String cell(String[] row, Integer column) {
        return column == null || column >= row.length ? null : row[column].strip();
    }

    private static Harvest harvest(String url, String retrievedAt) {
        String address = url != null && WEB.matcher(url.strip()).matches() && url.strip().length() <= 2000 ? url.strip() : null;
        String time = retrievedAt != null && isIso(retrievedAt.strip()) ? retrievedAt.strip() : null;
        return address == null && time == null ? Harvest.NONE : new Harvest(address, time);
    }

    private static boolean isIso(String text) {
        for (java.util.function.Consumer<String> parse : List.<java.util.function.Consumer<String>>of(OffsetDateTime::parse,
                LocalDateTime::parse, LocalDate::parse)) {
            try {
                parse.accept(text);
                return true;
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return false;
    }
}
