package org.disclosure.etl.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists the files of an inbox in a stable order (by relative path), skipping hidden files such as
 * a harvester's partial downloads. What cannot be taken in is listed with its reason, so that it
 * fails alone and visibly: pipes and devices, links leading out of the inbox, files over the size
 * limit, names that are not valid UTF-8, files that cannot be read.
 */
public final class InboxScanner {

    private final long maxFileSize;

    public InboxScanner(long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    public List<InboxFile> scan(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("inbox " + inbox + " is not a directory");
        }
        Path root = inbox.toRealPath();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(inbox)) {
            paths = walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> !isHidden(inbox.relativize(p)))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<InboxFile> files = new ArrayList<>();
        for (Path p : paths) {
            files.add(inspect(root, inbox, p));
        }
        return files;
    }

    private InboxFile inspect(Path root, Path inbox, Path p) {
        String relative = inbox.relativize(p).toString().replace('\\', '/');
        if (relative.indexOf('\uFFFD') >= 0) {
            return InboxFile.refused(relative, p, -1, "file name is not valid UTF-8: rename the file");
        }
        try {
            if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
                return InboxFile.refused(relative, p, -1, "symbolic link to a file outside the inbox");
            }
            if (!Files.isRegularFile(p)) {
                return InboxFile.refused(relative, p, -1, "not a regular file (a pipe, socket or device)");
            }
            long size = Files.size(p);
            if (size > maxFileSize) {
                return InboxFile.refused(relative, p, size, "file is " + megabytes(size) + ", over the limit of "
                        + megabytes(maxFileSize) + " (ingest.max-file-size)");
            }
            return InboxFile.readable(relative, p, Hashing.sha256Hex(p), size);
        } catch (IOException e) {
            return InboxFile.refused(relative, p, -1, "file cannot be read: " + e.getClass().getSimpleName()
                    + (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isReadable(p) ? " (permissions)" : ""));
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
