package org.disclosure.etl.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files of an inbox in a stable order (by relative path), skipping hidden files such as
 * a harvester's partial downloads. A file that cannot be hashed is listed with an empty hash.
 */
public final class InboxScanner {

    public List<InboxFile> scan(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("inbox " + inbox + " is not a directory");
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(inbox)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> inbox.relativize(p).toString().chars().noneMatch(c -> c == 0))
                    .filter(p -> !isHidden(inbox.relativize(p)))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<InboxFile> files = new ArrayList<>();
        for (Path p : paths) {
            String relative = inbox.relativize(p).toString().replace('\\', '/');
            String sha;
            long size;
            try {
                sha = Hashing.sha256Hex(p);
                size = Files.size(p);
            } catch (IOException e) {
                sha = "";
                size = -1;
            }
            files.add(new InboxFile(relative, p, sha, size));
        }
        return files;
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
