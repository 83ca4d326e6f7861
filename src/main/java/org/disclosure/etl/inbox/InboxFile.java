package org.disclosure.etl.inbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file found in the inbox: its path relative to the inbox ({@code /}-separated), its content hash,
 * and, for a file that cannot be taken in, why ({@code problem}; its hash is then empty).
 */
public record InboxFile(String sourceFile, Path path, String sha256, long size, String problem) {

    public static InboxFile readable(String sourceFile, Path path, String sha256, long size) {
        return new InboxFile(sourceFile, path, sha256, size, null);
    }

    public static InboxFile refused(String sourceFile, Path path, long size, String problem) {
        return new InboxFile(sourceFile, path, "", size, problem);
    }

    /** The stable id of a report: the same bytes give the same id on every run. */
    public String reportId() {
        return problem == null ? sha256.substring(0, 16)
                : Hashing.sha256Hex(sourceFile.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** The id of a second file holding bytes already seen: stable, and distinct from the original's. */
    public String duplicateId() {
        return Hashing.sha256Hex((sha256 + "\0" + sourceFile).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
