package org.disclosure.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extracts are published as a whole set: a reader sees the last complete set or the new one, never a mix. */
class ExtractSetTest {

    private static Path writeSet(ExtractSet set, long run, String facts) throws IOException {
        Path folder = set.begin(run);
        Files.writeString(folder.resolve("reports.csv"), "reports of run " + run);
        Files.writeString(folder.resolve("facts.csv"), facts);
        return folder;
    }

    private static List<String> sets(Path data) throws IOException {
        try (Stream<Path> s = Files.list(data.resolve(".extracts.sets"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExportThatDiesHalfWayLeavesThePublishedSetWholeAndIsClearedAtTheNextStart(@TempDir Path data) throws Exception {
        Path extracts = data.resolve("extracts");
        ExtractSet set = ExtractSet.at(extracts);
        set.publish(writeSet(set, 1, "facts of run 1"));
        assertThat(Files.isSymbolicLink(extracts)).isTrue();
        assertThat(extracts.resolve("facts.csv")).hasContent("facts of run 1");

        // Run 2 is killed (or the disk fills up) after writing reports.csv and half of facts.csv: nothing is published.
        Path dead = set.begin(2);
        Files.writeString(dead.resolve("reports.csv"), "reports of run 2");
        Files.writeString(dead.resolve(".facts.csv123.tmp"), "half");
        assertThat(extracts.resolve("reports.csv")).hasContent("reports of run 1");
        assertThat(extracts.resolve("facts.csv")).hasContent("facts of run 1");

        ExtractSet.at(extracts).removeLeftovers(); // the next run's start
        assertThat(dead).doesNotExist();
        assertThat(sets(data)).hasSize(1);
        assertThat(extracts.resolve("facts.csv")).hasContent("facts of run 1");
    }

    /** Runs 1 to {@code runs}, each writing its set and publishing it: their folders. */
    private static List<Path> publishRuns(ExtractSet set, int runs) throws IOException {
        List<Path> published = new java.util.ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path folder = writeSet(set, run, String.valueOf(run));
            set.publish(folder);
            published.add(folder);
        }
        return published;
    }

    @Test
    void publishingSwitchesTheWholeSetAndKeepsThePreviousOneForReadersStillOnIt(@TempDir Path data) throws Exception {
        Path extracts = data.resolve("extracts");
        ExtractSet set = ExtractSet.at(extracts);
        List<Path> published = publishRuns(set, 3);
        Path first = published.get(0);
        Path second = published.get(1);
        Path third = published.get(2);
        assertThat(extracts.resolve("facts.csv")).hasContent("3");
        assertThat(extracts.resolve("reports.csv")).hasContent("reports of run 3");
        assertThat(first).doesNotExist();
        assertThat(second.resolve("facts.csv")).hasContent("2");
        assertThat(set.current()).contains(third.toAbsolutePath().normalize());
        assertThat(Files.readSymbolicLink(extracts).isAbsolute()).as("relative, so the data folder can move").isFalse();
    }

    @Test
    void theSetsBeforeThePublishedOneAreClearedWhileTheRunWritesItsOwn(@TempDir Path data) throws Exception {
        Path extracts = data.resolve("extracts");
        ExtractSet set = ExtractSet.at(extracts);
        List<Path> published = publishRuns(set, 2);
        Path first = published.get(0);
        Path second = published.get(1);
        CompletableFuture<Void> cleared = set.clearOlder();
        Path third = writeSet(set, 3, "3");   // begun while the clearing runs: never part of it
        cleared.join();
        assertThat(first).doesNotExist();
        assertThat(second.resolve("facts.csv")).as("published, read until the switch").hasContent("2");
        assertThat(third.resolve("facts.csv")).hasContent("3");
        set.publish(third);
        assertThat(extracts.resolve("facts.csv")).hasContent("3");
        assertThat(sets(data)).hasSize(2);
    }

    @Test
    void anExtractsFolderFromBeforeSetsBecomesThePreviousSet(@TempDir Path data) throws Exception {
        Path extracts = Files.createDirectories(data.resolve("extracts"));
        Files.writeString(extracts.resolve("facts.csv"), "old");
        Files.writeString(extracts.resolve(".facts.csv8841.tmp"), "left by a killed export");
        ExtractSet set = ExtractSet.at(extracts);
        set.publish(writeSet(set, 7, "new"));
        assertThat(Files.isSymbolicLink(extracts)).isTrue();
        assertThat(extracts.resolve("facts.csv")).hasContent("new");
        assertThat(sets(data)).hasSize(2).first().isEqualTo("00000000-before-sets");
    }
}
