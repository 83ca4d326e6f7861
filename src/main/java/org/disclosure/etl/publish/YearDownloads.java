package org.disclosure.etl.publish;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.files.FolderTree;

/**
 * The downloads: one zip per report year, and one per province and year, of the extract files,
 * each holding only that year's (and province's) reports and their rows, and the codebook. Rows
 * are cut from the national files by their report id, cells copied as written (already quoted and
 * neutralized), so a year's file is the national file's rows of that year.
 */
public final class YearDownloads {

    /** The extract files cut into years, as {@code docs/extracts.md} names them. */
    static final List<String> FILES = List.of("reports.csv", "facts.csv", "applications.csv", "proactive.csv",
            "review_litigation.csv", "checks.csv", "skips.csv");

    /** A download written: its path in the site, year, province (empty: national) and size. */
    public record Download(String path, int year, String province, long bytes) {
    }

    private YearDownloads() {
    }

    /**
     * @param slices  every {year, province} with reports (province empty: not placed)
     * @param reports report id → {year, province} of the reports with checks or skips: the files
     *                without year and province columns of their own (the others carry them)
     */
    public static List<Download> write(Path data, Path downloads, List<String[]> slices, Map<String, String[]> reports) throws IOException {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (String[] yp : slices) {
            keys.add(yp[0]);
            if (!yp[1].isEmpty()) {
                keys.add(yp[0] + "/" + yp[1]);
            }
        }
        Path work = Files.createDirectories(downloads.resolve(".work"));
        try {
            for (String file : FILES) {
                cut(data.resolve(file), keys, reports, work);
            }
            List<Download> written = new ArrayList<>();
            for (String slice : keys) {
                String[] parts = slice.split("/", 2);
                String province = parts.length > 1 ? parts[1] : "";
                String name = province.isEmpty() ? "extracts-" + parts[0] + ".zip" : province + "/extracts-" + province + "-" + parts[0] + ".zip";
                Path zip = downloads.resolve(name);
                Files.createDirectories(zip.getParent());
                try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
                    for (String file : FILES) {
                        add(z, file, work.resolve(slice).resolve(file));
                    }
                    add(z, "codebook.csv", data.resolve("codebook.csv"));
                }
                written.add(new Download("downloads/" + name, Integer.parseInt(parts[0]), province, Files.size(zip)));
            }
            return written;
        } finally {
            FolderTree.delete(work);
        }
    }

    /** One national file's rows dealt, in one pass, to the file of every slice they belong to ({@code work/<slice>/<file>}). */
    private static void cut(Path national, Set<String> slices, Map<String, String[]> reports, Path work) throws IOException {
        Map<String, CsvExtractWriter> writers = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(national, StandardCharsets.UTF_8); CSVReader csv = rfc4180(in)) {
            String[] header = header(csv);
            int idColumn = Arrays.asList(header).indexOf("report_id");
            int yearColumn = Arrays.asList(header).indexOf("report_year");
            int provinceColumn = Arrays.asList(header).indexOf("province");
            Set<Integer> asIs = Set.copyOf(IntStream.range(0, header.length).boxed().toList()); // cells already neutralized
            for (String slice : slices) {
                writers.put(slice, new CsvExtractWriter(work.resolve(slice).resolve(national.getFileName()), header, asIs));
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                String[] yp = yearColumn >= 0 && provinceColumn >= 0
                        ? new String[] {row[yearColumn], row[provinceColumn]} : reports.get(row[idColumn]);
                if (yp == null || !writers.containsKey(yp[0])) {
                    continue; // a report without a year is in no year's download
                }
                writers.get(yp[0]).write(row);
                if (!yp[1].isEmpty()) {
                    writers.get(yp[0] + "/" + yp[1]).write(row);
                }
            }
            for (CsvExtractWriter w : writers.values()) {
                w.commit();
            }
        } catch (CsvValidationException e) {
            throw new IOException(national.getFileName() + ": " + e.getMessage(), e);
        } finally {
            for (CsvExtractWriter w : writers.values()) {
                w.close();
            }
        }
    }

    /** The header of an extract file, without the byte-order mark that opens the file. */
    static String[] header(CSVReader csv) throws IOException, CsvValidationException {
        String[] header = csv.readNext();
        header[0] = header[0].replace("\uFEFF", "");
        return header;
    }

    /**
     * RFC 4180 as the extracts are written: quotes doubled, backslashes plain text (opencsv's default
     * parser escapes with them), a CR inside a cell kept (opencsv reads lines and would join them with LF).
     */
    static CSVReader rfc4180(Reader in) {
        return new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).withKeepCarriageReturn(true).build();
    }

    private static void add(ZipOutputStream z, String name, Path file) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(z);
        }
        z.closeEntry();
    }
}
