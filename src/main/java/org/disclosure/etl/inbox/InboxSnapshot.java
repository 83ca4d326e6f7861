package org.disclosure.etl.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of what an inbox holds (paths, sizes, modification times), without reading the
 * files: part of a run's identity in the job repository. A folder that cannot be listed counts as
 * unreadable, so that it changes the fingerprint once it can be read, and does not stop the run.
 */
public final class InboxSnapshot {

    private InboxSnapshot() {
    }

    public static String of(Path inbox) {
        List<String> entries = new ArrayList<>();
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() || Files.isRegularFile(p)) {
                        try {
                            entries.add(inbox.relativize(p) + "\0" + Files.size(p) + "\0" + Files.getLastModifiedTime(p).toMillis());
                        } catch (IOException e) {
                            entries.add(inbox.relativize(p) + "\0?");
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    entries.add(inbox.relativize(p) + "\0unreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
            Collections.sort(entries);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String entry : entries) {
                digest.update((entry + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
