package org.disclosure.etl.inbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lists the files of an inbox in a stable order (by relative path), skipping hidden files such as
 * a harvester's partial downloads, and its sidecars ({@link HarvestSidecars}). What cannot be taken in is listed with its reason, so that it
 * fails alone and visibly: pipes and devices, links leading out of the inbox, files over the size
 * limit, names that are not valid UTF-8, files and folders that cannot be read.
 */
public final class InboxScanner {

    private final long maxFileSize;

    public InboxScanner(long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** Paths looked up in {@link KnownHashes} at once. */
    private static final int PATHS_PER_LOOKUP = 500;

    public List<InboxFile> scan(Path inbox) throws IOException {
        return scan(inbox, KnownHashes.NONE);
    }

    /** The inbox's files, hashing only those whose size or modification time differ from what {@code known} has. */
    public List<InboxFile> scan(Path inbox, KnownHashes known) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("inbox " + inbox + " is not a directory");
        }
        Path root = inbox.toRealPath();
        List<Path> paths = new ArrayList<>();
        List<InboxFile> files = new ArrayList<>();
        Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(inbox) && isHidden(inbox.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!isHidden(inbox.relativize(file)) && !HarvestSidecars.isSidecar(file) && !Files.isDirectory(file)) { // a link to a folder is not a file
                    paths.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            /** A folder (or entry) that cannot be listed is refused alone; the rest of the inbox is taken in. */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (file.equals(inbox)) {
                    return FileVisitResult.TERMINATE;
                }
                if (!isHidden(inbox.relativize(file))) {
                    String relative = inbox.relativize(file).toString();
                    files.add(InboxFile.refused(Files.isDirectory(file) ? relative + "/" : relative, file, -1,
                            (Files.isDirectory(file) ? "folder" : "file") + " cannot be read: " + e.getClass().getSimpleName()
                                    + (Files.isReadable(file) ? "" : " (permissions)") + "; its files wait until it can"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (paths.isEmpty() && files.isEmpty() && !Files.isReadable(inbox)) {
            throw new IOException("inbox " + inbox + " cannot be read");
        }
        for (int from = 0; from < paths.size(); from += PATHS_PER_LOOKUP) {
            List<Path> batch = paths.subList(from, Math.min(paths.size(), from + PATHS_PER_LOOKUP));
            Map<String, KnownHash> hashes = known.of(batch.stream().map(p -> inbox.relativize(p).toString()).toList());
            for (Path p : batch) {
                files.add(inspect(root, inbox, p, hashes.get(inbox.relativize(p).toString())));
            }
        }
        files.sort(Comparator.comparing(InboxFile::path));
        return files;
    }

    /** On this system '/' separates a path's names; a backslash is part of a name, kept as it is. */
    private InboxFile inspect(Path root, Path inbox, Path p, KnownHash known) {
        String relative = inbox.relativize(p).toString();
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
            long modified = Files.getLastModifiedTime(p).to(TimeUnit.NANOSECONDS);
            if (known != null && known.size() == size && known.modifiedNanos() == modified) {
                return InboxFile.readable(relative, p, known.sha256(), size, modified, false);
            }
            return InboxFile.readable(relative, p, Hashing.sha256Hex(p), size, modified, true);
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
