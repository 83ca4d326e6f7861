package org.disclosure.etl.inbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A file found in the inbox: its path relative to the inbox ({@code /}-separated), its content hash,
 * and, for a file that cannot be taken in, why ({@code problem}; its hash is then empty).
 *
 * @param modifiedNanos  its modification time, which with its size tells whether it changed since it was hashed
 * @param hashed         whether its bytes were read and hashed by this scan (not taken from {@link KnownHashes})
 */
public record InboxFile(String sourceFile, Path path, String sha256, long size, long modifiedNanos, boolean hashed, String problem) {

    public static InboxFile readable(String sourceFile, Path path, String sha256, long size, long modifiedNanos, boolean hashed) {
        return new InboxFile(sourceFile, path, sha256, size, modifiedNanos, hashed, null);
    }

    public static InboxFile refused(String sourceFile, Path path, long size, String problem) {
        return new InboxFile(sourceFile, path, "", size, -1, false, problem);
    }

    /** What to remember of a file hashed by this scan. */
    public KnownHash known() {
        return new KnownHash(size, modifiedNanos, sha256);
    }

    /**
     * Whether this scan hashed the file and its hash may stand for it while its size and time stay:
     * not if it was modified in the seconds before {@code scanStarted}, where a file system's coarse
     * clock (a second on some) could give a rewrite the same time (git's "racily clean" files).
     */
    public boolean hashWorthKeeping(Instant scanStarted) {
        return hashed && modifiedNanos < TimeUnit.SECONDS.toNanos(scanStarted.getEpochSecond() - 2);
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
