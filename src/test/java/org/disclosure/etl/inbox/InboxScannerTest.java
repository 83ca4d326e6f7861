package org.disclosure.etl.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night's discovery hashes what is new or changed: a file whose size and modification time are
 * those it had when hashed keeps that hash without being read; one touched since, grown, or never
 * seen is read and hashed.
 */
class InboxScannerTest {

    @TempDir
    Path inbox;

    @Test
    void onlyNewAndChangedFilesAreReadToBeHashed() throws Exception {
        FileTime then = FileTime.fromMillis(1_700_000_000_000L);
        for (String name : List.of("unchanged.txt", "touched.txt", "grown.txt", "new.txt")) {
            Files.writeString(inbox.resolve(name), "沁水县人民政府2023年政府信息公开工作年度报告 " + name, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(inbox.resolve(name), then);
        }
        long size = Files.size(inbox.resolve("unchanged.txt"));
        String recorded = "a".repeat(64); // not these bytes' hash: only a file that is not read keeps it
        Files.setLastModifiedTime(inbox.resolve("touched.txt"), FileTime.fromMillis(then.toMillis() + 1000));
        long thenNanos = then.to(TimeUnit.NANOSECONDS);
        Map<String, KnownHash> known = Map.of(
                "unchanged.txt", new KnownHash(size, thenNanos, recorded),
                "touched.txt", new KnownHash(Files.size(inbox.resolve("touched.txt")), thenNanos, recorded),
                "grown.txt", new KnownHash(Files.size(inbox.resolve("grown.txt")) - 1, thenNanos, recorded));

        List<InboxFile> files = new InboxScanner(1 << 20).scan(inbox, paths -> {
            assertThat(paths).containsExactlyInAnyOrder("unchanged.txt", "touched.txt", "grown.txt", "new.txt");
            return known;
        });

        assertThat(files).extracting(InboxFile::sourceFile).containsExactly("grown.txt", "new.txt", "touched.txt", "unchanged.txt");
        assertThat(files).extracting(InboxFile::hashed).containsExactly(true, true, true, false);
        assertThat(files.get(3).sha256()).isEqualTo(recorded);
        assertThat(files.get(1).sha256()).isEqualTo(Hashing.sha256Hex(inbox.resolve("new.txt")));
        assertThat(files.get(2).sha256()).isEqualTo(Hashing.sha256Hex(inbox.resolve("touched.txt")));
        assertThat(files.get(2).known()).isEqualTo(new KnownHash(Files.size(inbox.resolve("touched.txt")), thenNanos + 1_000_000_000L,
                Hashing.sha256Hex(inbox.resolve("touched.txt"))));
        // a hash is kept only for a file not modified in the seconds before the scan
        assertThat(files.get(2).hashWorthKeeping(java.time.Instant.now())).isTrue();
        assertThat(files.get(2).hashWorthKeeping(java.time.Instant.ofEpochMilli(then.toMillis() + 2500))).isFalse();
        assertThat(files.get(3).hashWorthKeeping(java.time.Instant.now())).isFalse(); // not hashed by this scan
        // without known hashes (the first run, or ingest.rehash) every file is read
        assertThat(new InboxScanner(1 << 20).scan(inbox)).allMatch(InboxFile::hashed);
    }
}
