package org.disclosure.etl.document.formats;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.DocumentReader;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.document.scan.Tesseract;
import org.disclosure.etl.files.FolderTree;

/**
 * Legacy Word ({@code .doc}) and WPS ({@code .wps}) files. Word 97–2003 binary documents, which most
 * are (WPS saves them too), are read in-process ({@link BinaryWordReader}, Apache POI HWPF). Only what
 * HWPF cannot open (WPS's own format, an RTF or HTML file named .doc) is converted to DOCX by
 * LibreOffice where {@code soffice} is installed (an optional fallback); without it such a file
 * fails alone, saying why.
 */
public final class LegacyWordReader implements DocumentReader {

    private static final long TIMEOUT_SECONDS = 120;

    private final String soffice;
    private final DocxReader docx;

    /** @param soffice the LibreOffice command: a name looked up on the PATH, or a path */
    public LegacyWordReader(String soffice, Tesseract.Availability ocr) {
        this.soffice = soffice;
        this.docx = new DocxReader(ocr);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("doc", "wps");
    }

    @Override
    public Document read(byte[] content) throws UnreadableDocumentException {
        String notBinary;
        try {
            return BinaryWordReader.read(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReadDeadline.Exceeded exceeded) {
                throw exceeded;
            }
            notBinary = UnreadableDocumentException.firstLineOf(e);
        }
        if (!isInstalled(soffice)) {
            throw new UnreadableDocumentException("legacy Word/WPS file that is not a Word 97-2003 document (" + notBinary
                    + "): install LibreOffice (soffice) to convert it, or publish it as DOCX or PDF");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("disclosure-convert");
            Path input = Files.write(work.resolve("report.doc"), content);
            Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", "docx", "--outdir", work.toString(), input.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(Math.min(TIMEOUT_SECONDS, ReadDeadline.secondsLeft(TIMEOUT_SECONDS)), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                ReadDeadline.check();
                throw new UnreadableDocumentException("LibreOffice did not convert the file within " + TIMEOUT_SECONDS + " s");
            }
            Path converted = work.resolve("report.docx");
            if (!Files.isRegularFile(converted)) {
                throw new UnreadableDocumentException("LibreOffice could not convert the file (corrupt or not a Word document)");
            }
            return docx.read(Files.readAllBytes(converted));
        } catch (IOException e) {
            throw new UnreadableDocumentException("conversion with LibreOffice failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("conversion with LibreOffice interrupted");
        } finally {
            FolderTree.deleteQuietly(work);
        }
    }

    /** Whether a command (a name looked up on the PATH, or a path) can be run here. */
    public static boolean isInstalled(String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
