package org.disclosure.etl.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.disclosure.etl.review.ReviewPage;
import org.disclosure.etl.review.RunReview;
import org.disclosure.etl.warehouse.PlannerStatistics;
import org.disclosure.etl.warehouse.RunReviewQuery;

/**
 * A run's extracts and its review page beside them, written as a new set and published whole: the
 * last step of {@code ingest}. A run that took nothing in keeps the page of the last run that did.
 */
public final class ExtractRelease {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ExtractExporter exporter;
    private final RunReviewQuery reviews;
    private final PlannerStatistics statistics;
    private final Path extracts;
    private final int threads;

    public ExtractRelease(ExtractExporter exporter, RunReviewQuery reviews, PlannerStatistics statistics, Path extracts, int threads) {
        this.exporter = exporter;
        this.reviews = reviews;
        this.statistics = statistics;
        this.extracts = extracts;
        this.threads = threads;
    }

    public void release(long runId, String inbox, LocalDateTime started) throws IOException {
        statistics.refresh();
        ExtractSet set = ExtractSet.at(extracts);
        Path folder = set.begin(runId);
        exporter.export(folder, threads);
        RunReview review = reviews.of(runId, inbox, started.format(STARTED),
                Duration.between(started, LocalDateTime.now()).toMillis() / 1000.0);
        Optional<Path> lastReview = set.current().map(c -> c.resolve(ReviewPage.FILE)).filter(Files::isRegularFile);
        if (review.tookNothingIn() && lastReview.isPresent()) {
            Files.copy(lastReview.get(), folder.resolve(ReviewPage.FILE));
        } else {
            ReviewPage.write(review, folder);
        }
        set.publish(folder);
    }
}
