package org.disclosure.etl.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.disclosure.etl.document.DocumentReaders;
import org.disclosure.etl.inbox.InboxFile;
import org.disclosure.etl.inbox.InboxScanner;
import org.disclosure.etl.warehouse.RegisteredFile;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.ReportStatus;
import org.disclosure.etl.warehouse.RunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The discover step: registers the inbox files not seen before. A file already registered with the
 * same bytes is not read again; the same bytes under another name are a {@code duplicate}; a format
 * no reader handles fails at once.
 */
public class InboxRegistration implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("disclosure.files");

    private final Path inbox;
    private final long maxFileSize;
    private final ReportRepository reports;
    private final RunRepository runs;
    private final DocumentReaders readers;

    public InboxRegistration(Path inbox, long maxFileSize, ReportRepository reports, RunRepository runs,
                             DocumentReaders readers) {
        this.inbox = inbox;
        this.maxFileSize = maxFileSize;
        this.reports = reports;
        this.runs = runs;
        this.readers = readers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        long runId = RunIds.of(chunk.getStepContext().getStepExecution());
        List<InboxFile> files = new InboxScanner(maxFileSize).scan(inbox);
        int alreadyLoaded = 0;
        for (InboxFile file : files) {
            String format = DocumentReaders.extensionOf(file.sourceFile());
            if (file.problem() != null) {
                if (!reports.isKnown(file.sourceFile(), "")) {
                    register(new RegisteredFile(file.reportId(), file.sourceFile(), "", format, ReportStatus.FAILED,
                            file.problem()), runId);
                }
                continue;
            }
            if (reports.isKnown(file.sourceFile(), file.sha256())) {
                alreadyLoaded++;
                continue;
            }
            var original = reports.originalOf(file.sha256());
            if (original.isPresent()) {
                register(new RegisteredFile(file.duplicateId(), file.sourceFile(), file.sha256(), format,
                        ReportStatus.DUPLICATE, "same bytes as " + original.get()), runId);
            } else if (readers.forFile(file.sourceFile()).isEmpty()) {
                register(new RegisteredFile(file.reportId(), file.sourceFile(), file.sha256(), format,
                        ReportStatus.FAILED, "unsupported format: ." + format), runId);
            } else {
                register(new RegisteredFile(file.reportId(), file.sourceFile(), file.sha256(), format,
                        ReportStatus.PENDING, null), runId);
            }
        }
        runs.record(runId, inbox.toString(), files.size(), alreadyLoaded);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    private void register(RegisteredFile file, long runId) {
        reports.register(file, runId);
        if (file.status() != ReportStatus.PENDING) {
            log.info("{} {} {}", file.status().code(), file.sourceFile(), file.error());
        }
    }
}
