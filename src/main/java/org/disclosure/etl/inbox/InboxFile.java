package org.disclosure.etl.inbox;

import java.nio.file.Path;

/** A file found in the inbox: its path relative to the inbox ({@code /}-separated) and content hash. */
public record InboxFile(String sourceFile, Path path, String sha256, long size) {

    /** The stable id of a report: the same bytes give the same id on every run. */
    public String reportId() {
        return sha256.substring(0, 16);
    }

    /** The id of a second file holding bytes already seen: stable, and distinct from the original's. */
    public String duplicateId() {
        return Hashing.sha256Hex((sha256 + "\0" + sourceFile).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16);
    }
}
