package org.disclosure.etl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder and everything in it, deleted: the extract sets, the site, and the readers' scratch folders. */
public final class FolderTree {

    private FolderTree() {
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

    /** Deletes a scratch folder, leaving it where that fails: a temporary folder left behind is harmless. */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException ignored) {
            // left for the system's temporary-file cleaning
        }
    }
}
