package org.disclosure.etl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.etl.correction.CorrectionFile;
import org.disclosure.etl.correction.LineVerdict;
import org.disclosure.etl.inbox.Hashing;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.warehouse.CorrectionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step that takes in the correction files of the corrections folder not taken in before (by name
 * and content): every line that corrects a cell is recorded with its verdict, a file that is no
 * correction file with its reason. Nothing is applied here; a missing folder has nothing to take in.
 */
public class CorrectionIntake implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("disclosure.corrections");
    /** A correction file larger than this is no spreadsheet an operator filled: refused unread. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path folder;
    private final CorrectionRepository corrections;
    private final Codebook codebook;

    public CorrectionIntake(Path folder, CorrectionRepository corrections, Codebook codebook) {
        this.folder = folder;
        this.corrections = corrections;
        this.codebook = codebook;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        long runId = RunIds.of(chunk.getStepContext().getStepExecution());
        if (Files.isDirectory(folder)) {
            for (Path file : files()) {
                takeIn(file, runId);
            }
        }
        corrections.markStale(runId);
        return RepeatStatus.FINISHED;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private void takeIn(Path file, long runId) throws IOException {
        String name = folder.relativize(file).toString();
        long size = Files.size(file);
        byte[] content = size > MAX_BYTES ? new byte[0] : Files.readAllBytes(file);
        String sha = Hashing.sha256Hex(content);
        if (corrections.taken(name, sha)) {
            return;
        }
        String owner = owner(file);
        CorrectionFile.Reading reading = size > MAX_BYTES ? new CorrectionFile.Refused("over " + MAX_BYTES / 1024 / 1024 + " MB: not a correction file")
                : CorrectionFile.read(content);
        if (reading instanceof CorrectionFile.Refused refused) {
            corrections.addFile(name, sha, owner, runId, refused.reason());
            log.warn("correction file {} refused: {}", name, refused.reason());
            return;
        }
        long fileId = corrections.addFile(name, sha, owner, runId, null);
        for (CorrectionFile.Line line : ((CorrectionFile.Lines) reading).lines()) {
            var target = corrections.reportWithSha(line.sha256())
                    .map(r -> new LineVerdict.Target(r.reportId(), r.status(), r.template()));
            LineVerdict verdict = LineVerdict.of(line, target, codebook);
            corrections.add(new CorrectionRepository.Line(fileId, line.number(), line.sha256(), target.map(LineVerdict.Target::reportId).orElse(null),
                    verdict.cell(), verdict.value(), line.note(), verdict.state(), verdict.reason()), runId);
        }
        log.info("correction file {} taken in: {} lines", name, ((CorrectionFile.Lines) reading).lines().size());
    }

    private static String owner(Path file) {
        try {
            return Files.getOwner(file).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
