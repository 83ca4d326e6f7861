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
import org.disclosure.etl.document.DocumentReaders;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.report.ReportReading;
import org.disclosure.etl.report.RowSkipException;
import org.disclosure.etl.report.SectionTable;
import org.disclosure.etl.report.SourceRow;

/**
 * How much reading a report costs over the libraries' own floor, in a warm JVM: PDFBox's plain text
 * extraction of the PDF, POI opening the DOCX and walking its body, against our read, locate and
 * parse of the same files to facts. Prints medians and one machine-readable line.
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
        double pdfFloor = median(runs, () -> pdfText(pdfBytes));
        double pdfOurs = median(runs, () -> parse(pdf.getFileName().toString(), pdfBytes));
        double docxFloor = median(runs, () -> docxWalk(docxBytes));
        double docxOurs = median(runs, () -> parse(docx.getFileName().toString(), docxBytes));
        out.printf("PDF  %s (%d pages): PDFBox text %.1f ms, read+locate+parse %.1f ms, ratio %.2f%n",
                pdf, pages, pdfFloor, pdfOurs, pdfOurs / pdfFloor);
        out.printf("DOCX %s: POI open+walk %.1f ms, read+locate+parse %.1f ms, ratio %.2f%n",
                docx, docxFloor, docxOurs, docxOurs / docxFloor);
        out.printf("BENCH_READERS runs=%d pdf_pages=%d pdf_floor_ms=%.2f pdf_ms=%.2f pdf_ratio=%.2f docx_floor_ms=%.2f docx_ms=%.2f docx_ratio=%.2f%n",
                runs, pages, pdfFloor, pdfOurs, pdfOurs / pdfFloor, docxFloor, docxOurs, docxOurs / docxFloor);
    }

    private interface Work {
        int run() throws Exception;
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
        for (int section = 2; section <= 4; section++) {
            for (SourceRow row : located.rows(section)) {
                try {
                    facts += SectionTable.forSection(section).map(row, located.template()).size();
                } catch (RowSkipException e) {
                    facts--;
                }
            }
        }
        return facts;
    }
}
