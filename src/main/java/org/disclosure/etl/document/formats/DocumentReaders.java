package org.disclosure.etl.document.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosure.etl.document.DocumentReader;
import org.disclosure.etl.document.pdf.PdfReader;
import org.disclosure.etl.document.scan.Tesseract;

/** Chooses the reader for a file by its extension. */
public final class DocumentReaders {

    private final Map<String, DocumentReader> byExtension = new HashMap<>();

    public DocumentReaders(List<DocumentReader> readers) {
        for (DocumentReader reader : readers) {
            reader.extensions().forEach(ext -> byExtension.put(ext, reader));
        }
    }

    /** LibreOffice's command where it is on the PATH. */
    public static final String SOFFICE = "soffice";
    /** Annual reports run to a few dozen pages; a PDF of more than this is something else. */
    public static final int MAX_PAGES = 300;

    /**
     * Every format this pipeline reads: text and Markdown, DOCX, legacy Word/WPS, PDF, HTML; scanned
     * pages and table pictures by OCR where {@code tesseract} is installed.
     */
    public static DocumentReaders standard(String soffice, int maxPages, String tesseract) {
        Tesseract.Availability ocr = Tesseract.find(tesseract);
        return new DocumentReaders(List.of(new TextReader(), new DocxReader(ocr), new LegacyWordReader(soffice, ocr),
                new PdfReader(maxPages, ocr), new HtmlReader()));
    }

    public static DocumentReaders standard() {
        return standard(SOFFICE, MAX_PAGES, Tesseract.COMMAND);
    }

    public Optional<DocumentReader> forFile(String fileName) {
        return Optional.ofNullable(byExtension.get(extensionOf(fileName)));
    }

    public static String extensionOf(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
