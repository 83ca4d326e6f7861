package org.disclosure.etl.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Set;
import org.disclosure.etl.correction.CorrectionsTemplate;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.review.PdfCrops;
import org.disclosure.etl.review.ReviewPage;
import org.disclosure.etl.review.RunReview;
import org.disclosure.etl.warehouse.PlannerStatistics;
import org.disclosure.etl.warehouse.RunReviewQuery;

/**
 * A run's extracts and its review page beside them, written as a new set and published whole: the
 * last step of {@code ingest}. A run that took nothing in keeps the page of the last run that did.
 * The warehouse records the set once it is published, so a run killed before starts the next one's
 * export from the set still published.
 */
public final class ExtractRelease {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ExtractExporter exporter;
    private final RunReviewQuery reviews;
    private final PlannerStatistics statistics;
    private final Path extracts;
    private final int threads;
    private final boolean whole;

    /** @param whole every partition written, not only those the warehouse changed since the set published before */
    public ExtractRelease(ExtractExporter exporter, RunReviewQuery reviews, PlannerStatistics statistics, Path extracts, int threads,
                          boolean whole) {
        this.exporter = exporter;
        this.reviews = reviews;
        this.statistics = statistics;
        this.extracts = extracts;
        this.threads = threads;
        this.whole = whole;
    }

    /** Writes and publishes the run's set; returns what was written. */
    public ExtractExporter.Exported release(long runId, String inbox, LocalDateTime started) throws IOException {
        statistics.refresh();
        ExtractSet set = ExtractSet.at(extracts);
        Optional<Path> previous = set.current();
        CompletableFuture<Void> cleared = set.clearOlder();
        Path folder = set.begin(runId);
        ExtractExporter.Exported exported = exporter.export(folder, set.target(), previous, whole, threads);
        RunReview review = reviews.of(runId, inbox, started.format(STARTED),
                Duration.between(started, LocalDateTime.now()).toMillis() / 1000.0);
        Optional<Path> lastReview = set.current().map(c -> c.resolve(ReviewPage.FILE)).filter(Files::isRegularFile);
        Optional<Path> lastTemplate = set.current().map(c -> c.resolve(CorrectionsTemplate.FILE)).filter(Files::isRegularFile);
        if (review.tookNothingIn() && lastReview.isPresent()) {
            Files.copy(lastReview.get(), folder.resolve(ReviewPage.FILE));
            if (lastTemplate.isPresent()) {
                Files.copy(lastTemplate.get(), folder.resolve(CorrectionsTemplate.FILE));
            }
        } else {
            ReviewPage.write(review, folder, new PdfCrops(Path.of(inbox)));
            writeTemplate(runId, folder.resolve(CorrectionsTemplate.FILE));
        }
        try {
            cleared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        set.publish(folder);
        exporter.published(set.target(), exported);
        return exported;
    }

    /** {@code corrections-template.csv}: a line per cell of the run's skipped template rows, for operators to fill. */
    private void writeTemplate(long runId, Path file) throws IOException {
        try (CsvExtractWriter out = new CsvExtractWriter(file, CorrectionsTemplate.HEADER, Set.of(2))) {
            for (CorrectionsTemplate.SkippedRow row : reviews.templateRows(runId, Codebook.standard())) {
                CorrectionsTemplate.lines(row).forEach(out::write);
            }
            out.commit();
        }
    }
}
