package org.disclosure.etl.batch;

import java.nio.file.Path;
import java.time.Duration;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.document.scan.Tesseract;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings of an ingest run, from {@code application.yml}, the operator's job file
 * ({@code jobs/nightly.yml}) and command-line options, in rising precedence.
 *
 * @param inbox     folder of harvested report files
 * @param extracts  folder the CSV extracts are written to
 * @param releasesKept the site's releases before the current one kept downloadable under {@code releases/<version>/} (default 5)
 * @param corrections folder of operators' correction files, applied by the next run (see {@code CorrectionIntake})
 * @param warehouse JDBC URL of the warehouse (and of Spring Batch's job repository)
 * @param chunkSize report sections (section steps) or reports (complete step) per transaction
 * @param soffice   LibreOffice's command, which converts legacy .doc and .wps files (optional)
 * @param tesseract Tesseract's command, which reads scanned pages (optional: without it they fail)
 * @param site      folder the static data set site is published to at the end of each run (none: not published by ingest)
 * @param gazetteer the divisions file places are resolved against (the packaged one if absent)
 * @param schedule  cron expression of the {@code schedule} command (seconds first: "0 30 2 * * *")
 * @param maxFileSize  files larger than this fail without being read
 * @param maxPages     PDFs with more pages fail without being read
 * @param logs         folder of ingest.log, one line per file outcome (used by the logging setup)
 * @param threads      threads of the partitioned steps (default: the machine's cores, at most {@value #MAX_THREADS})
 * @param maxSecondsPerFile a file whose reading takes longer fails with {@code time limit} (default 60)
 * @param maxDatabaseOutage how long a run waits, retrying with backoff, for a warehouse whose connection
 *                          was lost before it gives up (default 10 minutes; the next run restarts it)
 * @param maxDatabaseSilence how long a PostgreSQL warehouse may leave a statement unanswered before the
 *                           connection counts as lost (a hung server or a half-open proxy; default 2 minutes)
 * @param rehash       read and hash every inbox file, also those whose size and modification time are
 *                     those they had when last hashed (default false: a night reads its new and changed files)
 * @param rebuild      write the extracts (and the site) whole, every partition, instead of starting from the
 *                     sets published before (default false: a night rewrites the partitions it changed)
 * @param remote       the read step's partitions sent to worker processes ({@code worker}) through the
 *                     PostgreSQL warehouse instead of run on this process's threads (default false)
 * @param workerAnswerTimeout with {@code remote}: how long the run waits for a worker to take any partition
 *                     before it fails saying none did (default 2 minutes)
 */
@ConfigurationProperties(prefix = "ingest")
public record IngestSettings(Path inbox, Path extracts, String warehouse, int chunkSize, String soffice, Path gazetteer,
                             String schedule, DataSize maxFileSize, int maxPages, Path logs, int threads,
                             int maxSecondsPerFile, Duration maxDatabaseOutage, String tesseract, Path site,
                             Duration maxDatabaseSilence, boolean rehash, boolean rebuild, boolean remote,
                             Duration workerAnswerTimeout, Path corrections, Integer releasesKept) {

    /** As many threads as a step has partitions ({@link ReportPartitioner}): a further thread would find no work. */
    public static final int MAX_THREADS = 16;

    public static final Duration DEFAULT_DATABASE_SILENCE = Duration.ofMinutes(2);

    public IngestSettings {
        chunkSize = chunkSize <= 0 ? 50 : chunkSize;
        soffice = soffice == null || soffice.isBlank() ? DocumentReaders.SOFFICE : soffice;
        tesseract = tesseract == null || tesseract.isBlank() ? Tesseract.COMMAND : tesseract;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(100) : maxFileSize;
        maxPages = maxPages <= 0 ? DocumentReaders.MAX_PAGES : maxPages;
        maxSecondsPerFile = maxSecondsPerFile <= 0 ? 60 : maxSecondsPerFile;
        maxDatabaseOutage = maxDatabaseOutage == null ? Duration.ofMinutes(10) : maxDatabaseOutage;
        maxDatabaseSilence = maxDatabaseSilence == null ? DEFAULT_DATABASE_SILENCE : maxDatabaseSilence;
        threads = threadsFor(threads);
        workerAnswerTimeout = workerAnswerTimeout == null ? Duration.ofMinutes(2) : workerAnswerTimeout;
        corrections = corrections == null ? Path.of("data/corrections") : corrections;
        releasesKept = releasesKept == null || releasesKept < 0 ? 5 : releasesKept;
    }

    /** The threads a configured count (0: not set) comes to. */
    public static int threadsFor(int configured) {
        return Math.min(MAX_THREADS, configured <= 0 ? Runtime.getRuntime().availableProcessors() : configured);
    }

    /**
     * The warehouse connections a run on {@code threads} threads needs at once: a cursor and a
     * transaction for each partition thread, and a few beside them (job repository, run lock).
     */
    public static int connectionsFor(int threads) {
        return 2 * threads + 4;
    }
}
