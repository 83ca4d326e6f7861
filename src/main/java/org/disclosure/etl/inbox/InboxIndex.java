package org.disclosure.etl.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a file in the inbox by its SHA-256, for re-reading a report whose file was moved or renamed
 * since it was loaded. The inbox is hashed once, when first asked.
 */
public final class InboxIndex {

    private final Path inbox;
    private final long maxFileSize;
    private Map<String, String> bySha;

    public InboxIndex(Path inbox, long maxFileSize) {
        this.inbox = inbox;
        this.maxFileSize = maxFileSize;
    }

    /** The file's path relative to the inbox. */
    public synchronized Optional<String> find(String sha256) {
        if (bySha == null) {
            bySha = new HashMap<>();
            try {
                for (InboxFile f : new InboxScanner(maxFileSize).scan(inbox)) {
                    if (f.problem() == null) {
                        bySha.putIfAbsent(f.sha256(), f.sourceFile());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.ofNullable(bySha.get(sha256));
    }
}
