package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights that each rewrite only what they changed come out byte for byte as a rebuild: extracts and
 * site after a sequence of nights with new reports, a changed file (supersession), an error page
 * saved over a report (set aside), a file that is not a report (failed), re-reading on request and
 * a report's bytes coming back, each night the packaged jar as cron runs it, then {@code --rebuild}.
 */
class NightByNightIT {

    private static final Path SEEDS = Path.of("data/inbox");

    private static String[] ingest(Path work, String... more) {
        List<String> args = new ArrayList<>(List.of("ingest", "--inbox=" + work.resolve("inbox"), "--extracts=" + work.resolve("extracts"),
                "--warehouse=jdbc:h2:file:" + work.resolve("wh/db")));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String night(Path work, String... more) throws Exception {
        Jar.Result ingest = Jar.run(work, ingest(work, more));
        assertThat(ingest.exit()).as(ingest.out()).isZero();
        Jar.Result publish = Jar.run(work, "publish", "--warehouse=jdbc:h2:file:" + work.resolve("wh/db"), "--site=" + work.resolve("site"));
        assertThat(publish.exit()).as(publish.out()).isZero();
        return ingest.out() + publish.out();
    }

    private static void put(Path inbox, String name, Path from) throws Exception {
        Files.createDirectories(inbox.resolve(name).getParent());
        Files.copy(from, inbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A release's record of itself (its version, its changes, the releases before), not its data. */
    private static final List<String> RELEASE_RECORD = List.of("datapackage.json", "CHANGELOG.md", "CITATION.cff", "data/changes.csv");

    /**
     * Every file under a folder, relative to it (the site's data, Parquet files and zips), but the catalogue page, which is dated,
     * and the release's record of itself.
     */
    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root.toRealPath())) {
            Path real = root.toRealPath();
            return walk.filter(Files::isRegularFile).map(real::relativize).filter(p -> !p.getFileName().toString().startsWith(".")).filter(p -> !p.toString().equals("index.html"))
                    .filter(p -> !RELEASE_RECORD.contains(p.toString().replace('\\', '/')) && !p.startsWith("releases"))
                    .sorted().toList();
        }
    }

    private static void sameFiles(Path actual, Path expected) throws Exception {
        assertThat(files(actual)).isEqualTo(files(expected)).isNotEmpty();
        for (Path file : files(expected)) {
            assertThat(actual.resolve(file)).as(file.toString()).hasSameBinaryContentAs(expected.resolve(file));
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        Path real = from.toRealPath();
        for (Path file : files(from)) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(real.resolve(file), to.resolve(file));
        }
        return to;
    }

    @Test
    void nightsThatRewriteWhatTheyChangedComeOutAsARebuild(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        put(inbox, "sx/000.txt", SEEDS.resolve("000_224684a5a9443bc2.txt"));
        put(inbox, "sx/001.txt", SEEDS.resolve("001_bb64c80d06ae6591.txt"));
        put(inbox, "sd/002.txt", SEEDS.resolve("002_7023baa7cc861516.txt"));
        String first = night(work);
        assertThat(first).contains("loaded 2, partial 1").contains("(all 2 partitions written)");

        // night 2: 山东's only report replaced at its path by one of 宁夏 (its partition empties, a new one begins), a new
        // report of 山西, an error page saved over 001, a letter
        put(inbox, "sd/002.txt", SEEDS.resolve("004_630953d30cc2ca0c.txt"));
        put(inbox, "sx/003.txt", SEEDS.resolve("003_13daec65706afb4d.txt"));
        Files.write(inbox.resolve("sx/001.txt"), HarvestAccidentsIT.BAD_GATEWAY);
        Files.writeString(inbox.resolve("letter.txt"), "关于开展2020年度政务公开工作检查的通知\n各乡镇人民政府，县直各部门：\n"
                + "请于12月31日前报送自查情况。\n", StandardCharsets.UTF_8);
        String second = night(work);
        assertThat(second).contains("files seen 5: loaded 2, partial 0, failed 2");
        assertThat(second).contains("(3 partitions written, 0 carried over)");
        assertThat(work.resolve("extracts/2020/山东省/0001")).doesNotExist();
        Path secondSet = work.resolve("extracts").toRealPath();

        // night 3: the failed files read again on request, and the report comes back over the error page
        put(inbox, "sx/001.txt", SEEDS.resolve("001_bb64c80d06ae6591.txt"));
        String third = night(work, "--reprocess=failed");
        assertThat(third).contains("carried over");
        Path thirdSet = work.resolve("extracts").toRealPath();
        assertThat(Files.isSameFile(thirdSet.resolve("2020/宁夏回族自治区/0001/facts.csv"), secondSet.resolve("2020/宁夏回族自治区/0001/facts.csv")))
                .as("an untouched partition is carried over, not copied").isTrue();
        assertThat(ExtractFiles.table(work.resolve("extracts"), "reports.csv")).extracting(r -> r.get("source_file") + " " + r.get("status"))
                .containsExactlyInAnyOrder("sx/000.txt partial", "sx/001.txt loaded", "sd/002.txt loaded", "sx/003.txt loaded",
                        "letter.txt failed");

        Path nightly = copy(work.resolve("extracts"), work.resolve("nightly-extracts"));
        Path nightlySite = copy(work.resolve("site"), work.resolve("nightly-site"));
        String nightVersion = new com.fasterxml.jackson.databind.ObjectMapper().readTree(work.resolve("site/datapackage.json").toFile())
                .get("version").asText();
        Jar.Result rebuilt = Jar.run(work, ingest(work, "--rebuild"));
        assertThat(rebuilt.out()).contains("files seen 5: loaded 0").contains("(all 3 partitions written)");
        ExtractFiles.assertSameSet(work.resolve("extracts"), nightly);
        Jar.Result site = Jar.run(work, "publish", "--rebuild", "--warehouse=jdbc:h2:file:" + work.resolve("wh/db"),
                "--site=" + work.resolve("site"));
        assertThat(site.out()).contains("(all 3 partitions written)");
        assertThat(files(work.resolve("site"))).contains(Path.of("data/facts-2020.parquet"), Path.of("downloads/extracts-2020.zip"),
                Path.of("downloads/宁夏回族自治区/extracts-宁夏回族自治区-2020.zip"));
        sameFiles(work.resolve("site"), nightlySite);
        // each night was a release; the rebuild is one more, with nothing changed, and the releases before stay downloadable
        String version = new com.fasterxml.jackson.databind.ObjectMapper().readTree(work.resolve("site/datapackage.json").toFile())
                .get("version").asText();
        assertThat(version).isEqualTo("1." + (Integer.parseInt(nightVersion.split("\\.")[1]) + 1) + ".0");
        assertThat(ExtractFiles.rows(work.resolve("site/data/changes.csv"))).as("a rebuild changes nothing").isEmpty();
        assertThat(Files.readString(work.resolve("site/CHANGELOG.md"))).startsWith("# Changelog\n\n## " + version + " — ")
                .contains("0 reports added, 0 removed, 0 changed; 0 cells").contains("## " + nightVersion + " — ");
        assertThat(work.resolve("site/releases/" + nightVersion + "/downloads/extracts-2020.zip")).hasSameBinaryContentAs(
                nightlySite.resolve("downloads/extracts-2020.zip"));
        assertThat(Files.readString(work.resolve("site/CITATION.cff"))).contains("version: \"" + version + "\"");
    }
}
