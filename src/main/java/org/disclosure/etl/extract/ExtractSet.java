package org.disclosure.etl.extract;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.disclosure.etl.files.FolderTree;

/**
 * The extracts folder published as a whole. Each export writes a fresh folder under
 * {@code .<name>.sets/} beside it; the extracts path is a symbolic link that one rename switches to
 * the new folder, so that a reader sees the last complete set or the new one, never a mix (a run
 * killed, or a disk filling up, during the export leaves the published set as it was). The set
 * published before the current one is kept for readers still reading it; anything else there is
 * what a dead run left and is removed at the next start.
 */
public final class ExtractSet {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path link;
    private final Path sets;
    /** The new link, made beside the old one and renamed over it. */
    private final Path next;

    private ExtractSet(Path extracts) {
        this.link = extracts.toAbsolutePath().normalize();
        this.sets = link.resolveSibling("." + link.getFileName() + ".sets");
        this.next = link.resolveSibling("." + link.getFileName() + ".next");
    }

    public static ExtractSet at(Path extracts) {
        return new ExtractSet(extracts);
    }

    /**
     * Why the extracts path cannot be published to, if it cannot: publishing moves a folder found
     * there aside and a later run deletes it, which is right only for extracts an earlier version
     * wrote (they hold manifest.csv, or before partitions reports.csv and facts.csv) or an empty folder, never for an operator's folder.
     */
    public Optional<String> refusal() throws IOException {
        if (!Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)
                    ? Optional.of("extracts " + link + " is a file, not a folder") : Optional.empty();
        }
        if (Files.isRegularFile(link.resolve(Manifest.FILE))
                || Files.isRegularFile(link.resolve("reports.csv")) && Files.isRegularFile(link.resolve("facts.csv"))) {
            return Optional.empty();
        }
        return FolderTree.contents(link).map(names -> "extracts " + link + " is a folder of other files (" + names
                + "), not extracts: name a new or empty folder");
    }

    /** The extracts path as the warehouse names the place it exports to. */
    public String target() {
        return link.toString();
    }

    /** A fresh, empty folder for run {@code runId}'s set, not yet visible at the extracts path. */
    public Path begin(long runId) throws IOException {
        Files.createDirectories(sets);
        return Files.createDirectory(sets.resolve(LocalDateTime.now().format(NAME) + "-run" + runId));
    }

    /** The published set's folder, if one is published. */
    public Optional<Path> current() throws IOException {
        if (Files.isSymbolicLink(link)) {
            return Optional.of(link.resolveSibling(Files.readSymbolicLink(link)).normalize());
        }
        return Files.isDirectory(link) ? Optional.of(link) : Optional.empty();
    }

    /** Makes {@code folder} the extracts: one atomic rename of a new link over the old one. */
    public void publish(Path folder) throws IOException {
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            // An extracts folder written before sets were published whole: it becomes the previous set.
            Files.move(link, sets.resolve("00000000-before-sets"));
        }
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, link.getParent().relativize(folder.toAbsolutePath().normalize()));
        try {
            Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, link, StandardCopyOption.REPLACE_EXISTING);
        }
        removeLeftovers();
    }

    /**
     * Removes, on a thread of its own while the run writes its set, every set but the published
     * one: the set before it was kept for readers until this run, and deleting a national set's
     * thousands of files is the file system's work, which need not wait for the new set.
     */
    public CompletableFuture<Void> clearOlder() throws IOException {
        // listed now, before the run's own set is begun beside them
        Path current = current().orElse(null);
        List<Path> older = sets().stream().filter(set -> !set.equals(current)).toList();
        CompletableFuture<Void> cleared = new CompletableFuture<>();
        Thread clearing = new Thread(() -> {
            try {
                for (Path set : older) {
                    FolderTree.delete(set);
                }
                cleared.complete(null);
            } catch (IOException | RuntimeException e) {
                cleared.completeExceptionally(e);
            }
        }, "extract-sets");
        clearing.setDaemon(true);
        clearing.start();
        return cleared;
    }

    private List<Path> sets() throws IOException {
        List<Path> all = new ArrayList<>();
        if (Files.isDirectory(sets)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(sets)) {
                entries.forEach(all::add);
            }
        }
        all.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return all;
    }

    /**
     * Removes every set but the published one and the one before it: sets that a killed or failed
     * export never published, and older ones. Also a link left half made.
     */
    public void removeLeftovers() throws IOException {
        Files.deleteIfExists(next);
        if (!Files.isDirectory(sets)) {
            return;
        }
        Path current = current().orElse(null);
        List<Path> all = sets();
        Path previous = current == null ? null
                : all.stream().filter(p -> p.getFileName().toString().compareTo(current.getFileName().toString()) < 0)
                        .reduce((a, b) -> b).orElse(null);
        for (Path set : all) {
            if (!set.equals(current) && !set.equals(previous)) {
                FolderTree.delete(set);
            }
        }
    }
}
