package org.disclosure.etl.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.report.ReportReading;
import org.disclosure.etl.report.RowSkipException;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.report.SourceRow;

/**
 * How much reading a report costs over the libraries' own floor, in a warm JVM: PDFBox's plain text
 * extraction of the PDF, POI opening the DOCX and walking its body, against our read, locate and
 * parse of the same files to facts; and how long placing a report in the divisions takes. Prints
 * medians and machine-readable lines.
 */
public final class ReaderBenchmark {

    private final PrintStream out;
    private final ReportReading reading = new ReportReading(DocumentReaders.standard());

    public ReaderBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Path pdf, Path docx, int runs) throws Exception {
        byte[] pdfBytes = Files.readAllBytes(pdf);
        byte[] docxBytes = Files.readAllBytes(docx);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            pages = doc.getNumberOfPages();
        }
        double[] pdfTimes = compare(runs, () -> pdfText(pdfBytes), () -> parse(pdf.getFileName().toString(), pdfBytes));
        double[] docxTimes = compare(runs, () -> docxWalk(docxBytes), () -> parse(docx.getFileName().toString(), docxBytes));
        double pdfFloor = pdfTimes[0];
        double pdfOurs = pdfTimes[1];
        double docxFloor = docxTimes[0];
        double docxOurs = docxTimes[1];
        out.printf("PDF  %s (%d pages): PDFBox text %.1f ms, read+locate+parse %.1f ms, ratio %.2f%n",
                pdf, pages, pdfFloor, pdfOurs, pdfOurs / pdfFloor);
        out.printf("DOCX %s: POI open+walk %.1f ms, read+locate+parse %.1f ms, ratio %.2f%n",
                docx, docxFloor, docxOurs, docxOurs / docxFloor);
        out.printf("BENCH_READERS runs=%d pdf_pages=%d pdf_floor_ms=%.2f pdf_ms=%.2f pdf_ratio=%.2f docx_floor_ms=%.2f docx_ms=%.2f docx_ratio=%.2f%n",
                runs, pages, pdfFloor, pdfOurs, pdfOurs / pdfFloor, docxFloor, docxOurs, docxOurs / docxFloor);
        places(reading.read(pdf.getFileName().toString(), pdfBytes));
    }

    /**
     * Placing a report: the PDF's own title and text, and a name shared by two districts settled by
     * the phone number its text prints.
     */
    private void places(LocatedReport report) throws Exception {
        JurisdictionResolver resolver = new JurisdictionResolver(Gazetteer.packaged());
        String text = report.text();
        int batch = 1000;
        double unique = median(30, () -> {
            int n = 0;
            for (int i = 0; i < batch; i++) {
                n += resolver.resolve(report.title().agency(), report.title().jurisdiction(), text, "report.pdf").name().length();
            }
            return n;
        }) * 1000 / batch;
        String ambiguousText = text + "\n联系电话：0431-88776655";
        double settled = median(30, () -> {
            int n = 0;
            for (int i = 0; i < batch; i++) {
                n += resolver.resolve("朝阳区人民政府", "朝阳区", ambiguousText, "report.pdf").divisionCode().length();
            }
            return n;
        }) * 1000 / batch;
        out.printf("Places: %.1f µs a report (unique name), %.1f µs (shared name settled by context)%n", unique, settled);
        out.printf("BENCH_PLACES unique_us=%.1f settled_us=%.1f%n", unique, settled);
    }

    private interface Work {
        int run() throws Exception;
    }

    /**
     * Median milliseconds of the floor and of ours, timed alternately so that both see the same
     * collector and machine load, after twice as many untimed rounds to warm the JIT.
     */
    private static double[] compare(int runs, Work floor, Work ours) throws Exception {
        int sink = 0;
        for (int i = 0; i < 2 * runs; i++) {
            sink += floor.run() + ours.run();
        }
        List<Double> floorTimes = new ArrayList<>();
        List<Double> ourTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += floor.run();
            long middle = System.nanoTime();
            sink += ours.run();
            long end = System.nanoTime();
            floorTimes.add((middle - start) / 1e6);
            ourTimes.add((end - middle) / 1e6);
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable to the JIT
        }
        return new double[] {median(floorTimes), median(ourTimes)};
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    /** Median milliseconds of {@code runs} timed runs, after as many untimed ones to warm the JIT. */
    private static double median(int runs, Work work) throws Exception {
        int sink = 0;
        for (int i = 0; i < runs; i++) {
            sink += work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable to the JIT
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    private static int pdfText(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).length();
        }
    }

    private static int docxWalk(byte[] bytes) throws IOException {
        int chars = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    chars += p.getText().length();
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            chars += cell.getText().length();
                        }
                    }
                }
            }
        }
        return chars;
    }

    private int parse(String name, byte[] bytes) throws Exception {
        LocatedReport located = reading.read(name, bytes);
        int facts = 0;
        for (Section section : Section.TABLES) {
            for (SourceRow row : located.rows(section.number())) {
                try {
                    facts += section.table().map(row, located.template()).size();
                } catch (RowSkipException e) {
                    facts--;
                }
            }
        }
        return facts;
    }
}
