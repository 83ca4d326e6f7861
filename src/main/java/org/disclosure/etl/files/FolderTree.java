package org.disclosure.etl.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder and everything in it, deleted: the extract sets, the site, and the readers' scratch
 * folders; and files carried from one set into the next.
 */
public final class FolderTree {

    private FolderTree() {
    }

    /**
     * {@code from} carried to {@code to} (its folders made): a second name for the same bytes, so that
     * a file a new set shares with the set before costs nothing to carry; a copy where the file system
     * has no hard links.
     */
    public static void link(Path from, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(from, to);
        }
    }

    /** Deletes the folder and its contents, deepest first; nothing where it does not exist. */
    public static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * What a folder holds, for a message refusing to replace it: its first names in order, or empty
     * where it holds nothing (or is not there).
     */
    public static java.util.Optional<String> contents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            java.util.List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
            return names.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", …" : ""));
        }
    }

    /** Deletes a scratch folder, leaving it where that fails: a temporary folder left behind is harmless. */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException ignored) {
            // left for the system's temporary-file cleaning
        }
    }
}
