package org.disclosure.etl.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.inbox.InboxFile;
import org.disclosure.etl.inbox.InboxScanner;
import org.disclosure.etl.inbox.KnownHashes;
import org.disclosure.etl.warehouse.InboxHashRepository;
import org.disclosure.etl.warehouse.RegisteredFile;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.ReportStatus;
import org.disclosure.etl.warehouse.RunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The discover step: registers the inbox files not seen before. A file already registered with the
 * same bytes is not read again; the same bytes under another name are a {@code duplicate}; a format
 * no reader handles fails at once.
 */
public class InboxRegistration implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("disclosure.files");
    private static final int FILES_PER_QUERY = 500;

    private final Path inbox;
    private final long maxFileSize;
    private final ReportRepository reports;
    private final RunRepository runs;
    private final DocumentReaders readers;
    private final InboxHashRepository hashes;
    private final boolean rehash;

    /**
     * @param hashes what the inbox's paths held when last hashed; {@code rehash} ignores it and reads every file
     */
    public InboxRegistration(Path inbox, long maxFileSize, ReportRepository reports, RunRepository runs,
                             DocumentReaders readers, InboxHashRepository hashes, boolean rehash) {
        this.inbox = inbox;
        this.maxFileSize = maxFileSize;
        this.reports = reports;
        this.runs = runs;
        this.readers = readers;
        this.hashes = hashes;
        this.rehash = rehash;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        long runId = RunIds.of(chunk.getStepContext().getStepExecution());
        Instant started = Instant.now();
        List<InboxFile> files = new InboxScanner(maxFileSize).scan(inbox, rehash ? KnownHashes.NONE : hashes);
        hashes.remember(files.stream().filter(f -> f.hashWorthKeeping(started)).toList());
        reports.retireReadableFolders(files.stream().filter(f -> f.problem() != null && f.sourceFile().endsWith("/"))
                .map(InboxFile::sourceFile).toList());
        int alreadyLoaded = 0;
        for (int from = 0; from < files.size(); from += FILES_PER_QUERY) {
            alreadyLoaded += register(files.subList(from, Math.min(files.size(), from + FILES_PER_QUERY)), runId);
        }
        runs.record(runId, inbox.toString(), files.size(), alreadyLoaded);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    /** Registers a batch of files with one lookup and one insert batch; returns how many were loaded before. */
    private int register(List<InboxFile> files, long runId) {
        ReportRepository.Registered known = reports.registered(
                files.stream().filter(f -> f.problem() == null).map(InboxFile::sha256).collect(Collectors.toSet()),
                files.stream().filter(f -> f.problem() != null).map(InboxFile::sourceFile).toList());
        Map<String, String> originals = new HashMap<>(known.originals());
        List<RegisteredFile> registered = new ArrayList<>();
        List<RegisteredFile> reinstated = new ArrayList<>();
        int alreadyLoaded = 0;
        for (InboxFile file : files) {
            String format = DocumentReaders.extensionOf(file.sourceFile());
            String returning = file.problem() == null ? known.returning(file.sourceFile(), file.sha256()) : null;
            if (file.problem() != null) {
                if (!known.has(file.sourceFile(), "")) {
                    registered.add(new RegisteredFile(file.reportId(), file.sourceFile(), "", format, ReportStatus.FAILED, file.problem()));
                }
            } else if (known.has(file.sourceFile(), file.sha256())) {
                alreadyLoaded++;
            } else if (returning != null) {
                String original = originals.putIfAbsent(file.sha256(), file.sourceFile());
                reinstated.add(original == null
                        ? new RegisteredFile(returning, file.sourceFile(), file.sha256(), format, ReportStatus.PENDING, null)
                        : new RegisteredFile(returning, file.sourceFile(), file.sha256(), format, ReportStatus.DUPLICATE,
                                "same bytes as " + original));
            } else if (originals.containsKey(file.sha256())) {
                registered.add(new RegisteredFile(file.duplicateId(), file.sourceFile(), file.sha256(), format,
                        ReportStatus.DUPLICATE, "same bytes as " + originals.get(file.sha256())));
            } else {
                // the first file with these bytes, in the warehouse and in this batch: the original of any later copy
                originals.put(file.sha256(), file.sourceFile());
                registered.add(readers.forFile(file.sourceFile()).isEmpty()
                        ? new RegisteredFile(file.reportId(), file.sourceFile(), file.sha256(), format, ReportStatus.FAILED,
                                "unsupported format: ." + format)
                        : new RegisteredFile(file.reportId(), file.sourceFile(), file.sha256(), format, ReportStatus.PENDING, null));
            }
        }
        reports.register(registered, runId);
        reports.reinstate(reinstated, runId);
        registered.addAll(reinstated);
        reports.settleVersions(registered.stream().filter(f -> f.status() != ReportStatus.PENDING)
                .map(RegisteredFile::reportId).toList());
        registered.stream().filter(f -> f.status() != ReportStatus.PENDING)
                .forEach(f -> log.info("{} {} {}", f.status().code(), f.sourceFile(), f.error()));
        reinstated.stream().filter(f -> f.status() == ReportStatus.PENDING)
                .forEach(f -> log.info("returned {}: the bytes of report {} are back at their path; read again", f.sourceFile(), f.reportId()));
        return alreadyLoaded;
    }
}
