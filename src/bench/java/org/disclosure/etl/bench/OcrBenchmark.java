package org.disclosure.etl.bench;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.etl.bench.synthetic.ScannedCopies;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.files.FolderTree;
import org.disclosure.etl.report.ReportReading;

/**
 * How fast scanned pages are read, against Tesseract alone on the same page images: the corpus is
 * a real report (the sample inbox's PDF) scanned in-process as a county office scans it (300 dpi,
 * askew, specks, JPEG; a different seed a copy), so it is the same on every machine. Ours: each
 * image-only PDF read, located and parsed on {@code threads} threads, rendering included. The floor:
 * one whole-page {@code tesseract -l chi_sim} run a page on as many threads, the pages rendered
 * beforehand. Prints pages a second and their ratio.
 */
public final class OcrBenchmark {

    private static final int DPI = 300;

    private final PrintStream out;

    public OcrBenchmark(PrintStream out) {
        this.out = out;
    }

    public int run(Path source, int copies, int threads, String tesseract) throws Exception {
        byte[] text = Files.readAllBytes(source);
        List<byte[]> scans = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            scans.add(ScannedCopies.imageOnlyPdf(text, new ScannedCopies.Scan(DPI, i % 2 == 0 ? 0.4 : -0.4, 2, 0.6f), 100 + i));
        }
        Path work = Files.createTempDirectory("disclosure-bench-ocr");
        try {
            List<Path> pages = new ArrayList<>();
            for (int i = 0; i < scans.size(); i++) {
                try (PDDocument pdf = Loader.loadPDF(scans.get(i))) {
                    PDFRenderer renderer = new PDFRenderer(pdf);
                    for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                        BufferedImage page = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
                        Path file = work.resolve("copy" + i + "-page" + p + ".png");
                        ImageIO.write(page, "png", file.toFile());
                        pages.add(file);
                    }
                }
            }
            ReportReading reading = new ReportReading(DocumentReaders.standard());
            reading.read("warm-up.pdf", scans.get(0)); // the JIT and Tesseract's models in the page cache
            double ours = timed(threads, scans.stream().map(scan -> (Work) () -> reading.read("scan.pdf", scan)).toList());
            double floor = timed(threads, pages.stream().map(page -> (Work) () -> wholePage(tesseract, page)).toList());
            double oursRate = pages.size() / ours;
            double floorRate = pages.size() / floor;
            out.printf(Locale.ROOT, "%d scanned pages (%d copies of %s at %d dpi), %d thread%s:%n", pages.size(), copies, source, DPI,
                    threads, threads == 1 ? "" : "s");
            out.printf(Locale.ROOT, "  Tesseract alone (whole page, chi_sim): %.1f s, %.2f pages/s%n", floor, floorRate);
            out.printf(Locale.ROOT, "  our reading (render, cells, OCR, locate, parse): %.1f s, %.2f pages/s, ratio %.2f%n", ours, oursRate,
                    oursRate / floorRate);
            out.printf(Locale.ROOT, "BENCH_OCR pages=%d threads=%d floor_pps=%.3f ours_pps=%.3f ratio=%.2f%n", pages.size(), threads,
                    floorRate, oursRate, oursRate / floorRate);
            return 0;
        } finally {
            FolderTree.deleteQuietly(work);
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Seconds for all the work on {@code threads} threads. */
    private static double timed(int threads, List<Work> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Object>> done = new ArrayList<>();
            for (Work w : work) {
                done.add(pool.submit(w::run));
            }
            for (Future<Object> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** One page read whole by Tesseract's Chinese model, as a user would run it. */
    private static Object wholePage(String tesseract, Path page) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(tesseract, page.toString(), "stdout", "-l", "chi_sim")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("tesseract failed on " + page);
        }
        return page;
    }
}
