package org.disclosure.etl.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestSidecarsTest {

    @Test
    void aFilesOwnSidecarWinsOverItsFoldersManifest(@TempDir Path inbox) throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("shanxi"));
        Files.writeString(folder.resolve("manifest.csv"), "\uFEFFfile,url,retrieved_at\r\n"
                + "a.pdf,http://www.gov.cn/a.pdf,2026-11-30T02:14:00+08:00\r\n"
                + "shanxi/b.pdf,https://www.sx.gov.cn/b.pdf,2026-11-30\r\n"
                + "c.pdf,javascript:alert(1),yesterday\r\n");
        Files.writeString(folder.resolve("a.pdf.meta.json"), "{\"url\": \"https://www.gov.cn/zhengce/a.pdf\", \"retrieved_at\": \"2026-12-01T03:00:00Z\"}");
        assertThat(HarvestSidecars.of(inbox, "shanxi/a.pdf")).isEqualTo(new Harvest("https://www.gov.cn/zhengce/a.pdf", "2026-12-01T03:00:00Z"));
        assertThat(HarvestSidecars.of(inbox, "shanxi/b.pdf")).isEqualTo(new Harvest("https://www.sx.gov.cn/b.pdf", "2026-11-30"));
        assertThat(HarvestSidecars.of(inbox, "shanxi/c.pdf")).as("neither an address nor a time: nothing carried").isEqualTo(Harvest.NONE);
        assertThat(HarvestSidecars.of(inbox, "shanxi/d.pdf")).isEqualTo(Harvest.NONE);
        assertThat(HarvestSidecars.of(inbox, "e.pdf")).isEqualTo(Harvest.NONE);
    }

    @Test
    void aBrokenSidecarIsNoSidecarAndSidecarsAreNoReports(@TempDir Path inbox) throws Exception {
        Files.writeString(inbox.resolve("a.pdf.meta.json"), "{\"url\": ");
        assertThat(HarvestSidecars.of(inbox, "a.pdf")).isEqualTo(Harvest.NONE);
        assertThat(HarvestSidecars.isSidecar(inbox.resolve("a.pdf.meta.json"))).isTrue();
        assertThat(HarvestSidecars.isSidecar(inbox.resolve("sub/MANIFEST.csv"))).isTrue();
        assertThat(HarvestSidecars.isSidecar(inbox.resolve("a.pdf"))).isFalse();
    }
}
