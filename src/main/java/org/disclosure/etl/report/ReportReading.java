package org.disclosure.etl.report;

import org.disclosure.etl.document.DocumentReader;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.document.UnreadableDocumentException;

/** Reads one report file into a {@link LocatedReport}: the format's reader, then the locator. */
public final class ReportReading {

    /** Recorded with every report, so that reports read by an older parser can be found and re-read. */
    public static final String PARSER_VERSION = "1.1";

    private final DocumentReaders readers;
    private final ReportLocator locator = new ReportLocator();

    public ReportReading(DocumentReaders readers) {
        this.readers = readers;
    }

    public LocatedReport read(String fileName, byte[] content) throws UnreadableDocumentException {
        DocumentReader reader = readers.forFile(fileName).orElseThrow(() -> new UnreadableDocumentException(
                "unsupported format: ." + DocumentReaders.extensionOf(fileName)));
        if (content.length == 0) {
            throw new UnreadableDocumentException("empty file");
        }
        return locator.locate(reader.read(content), fileName);
    }
}
