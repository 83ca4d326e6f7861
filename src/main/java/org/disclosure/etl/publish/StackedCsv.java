package org.disclosure.etl.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Files of one table written in parts (partitions, years), as one file: the first part whole, the
 * others without their byte-order mark and header line. Bytes are copied, not parsed: an extract's
 * header holds no line break.
 */
final class StackedCsv {

    private StackedCsv() {
    }

    /** {@code parts} one after the other into {@code out}; nothing for none. */
    static void stack(List<Path> parts, OutputStream out) throws IOException {
        for (int i = 0; i < parts.size(); i++) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(parts.get(i)), 1 << 16)) {
                if (i > 0) {
                    skipHeader(in);
                }
                in.transferTo(out);
            }
        }
    }

    private static void skipHeader(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            // the header's bytes
        }
    }
}
