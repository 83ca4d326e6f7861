package org.disclosure.etl.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A fingerprint of what an inbox holds (paths, sizes, modification times), without reading the
 * files: part of a run's identity in the job repository.
 */
public final class InboxSnapshot {

    private InboxSnapshot() {
    }

    public static String of(Path inbox) {
        try (Stream<Path> walk = Files.walk(inbox)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                try {
                    digest.update((inbox.relativize(p) + "\0" + Files.size(p) + "\0" + Files.getLastModifiedTime(p).toMillis() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    digest.update((inbox.relativize(p) + "\0?\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
