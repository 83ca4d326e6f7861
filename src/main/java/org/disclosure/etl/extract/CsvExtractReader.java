package org.disclosure.etl.extract;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;

/** Reads an extract file back as {@link CsvExtractWriter} writes it: the manifest, and the site's headers. */
public final class CsvExtractReader {

    private CsvExtractReader() {
    }

    /**
     * RFC 4180 as the extracts are written: quotes doubled, backslashes plain text (opencsv's default
     * parser escapes with them), a CR inside a cell kept (opencsv reads lines and would join them with LF).
     */
    public static CSVReader open(Reader in) {
        return new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).withKeepCarriageReturn(true).build();
    }

    /** The header of an extract file, without the byte-order mark that opens the file. */
    public static String[] header(CSVReader csv) throws IOException, CsvValidationException {
        String[] header = csv.readNext();
        header[0] = header[0].replace("\uFEFF", "");
        return header;
    }
}
