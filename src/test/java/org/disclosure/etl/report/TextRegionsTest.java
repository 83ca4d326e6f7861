package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.PrintedPlace;
import org.junit.jupiter.api.Test;

class TextRegionsTest {

    /** Section 3 printed without rulings over a page end: a row is placed in its lines' region on the page that prints its label. */
    @Test
    void aRowRebuiltFromLinesIsPlacedInTheRegionOfItsPage() {
        List<Paragraph> lines = List.of(
                new Paragraph("（一）予以公开 0 3 0 6 16 0 26", false, new PrintedPlace(2, 60f, 700f, 530f, 712f)),
                new Paragraph("（二）部分公开 17 0 0 0 40 0 57", false, new PrintedPlace(2, 62f, 720f, 528f, 732f)),
                new Paragraph("（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0", false, new PrintedPlace(3, 58f, 80f, 531f, 92f)));
        TextRegions regions = new TextRegions(lines);
        SourceRow partly = new SourceRow("（二）部分公开", "", List.of("17", "0", "0", "0", "40", "0", "57"));
        assertThat(regions.placed(partly).place()).isEqualTo(new PrintedPlace(2, 60f, 700f, 530f, 732f));
        SourceRow secret = new SourceRow("（三）不予公开1.属于国家秘密", "", List.of("0"));
        assertThat(regions.placed(secret).place()).isEqualTo(new PrintedPlace(3, 58f, 80f, 531f, 92f));
        assertThat(regions.placed(new SourceRow("", "", List.of("5"))).place()).as("no label, two pages: not clear").isNull();
        assertThat(new TextRegions(List.of(new Paragraph("（一）予以公开 1"))).placed(partly).place()).as("no pages").isNull();
    }
}
