package org.disclosure.etl.bench.synthetic;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Writes {@link SyntheticPdf#CORPUS_FONT}: the glyphs of WenQuanYi Micro Hei that the benchmark's
 * reports print (every character of their text, tables included, plus printable ASCII), so that the
 * corpus is drawn the same on machines without the font. Run once, where the font is installed,
 * after a change to what the reports print:
 * {@code java -cp target/test-classes:… org.disclosure.etl.bench.synthetic.CorpusFont src/bench/resources/org/disclosure/etl/bench/synthetic/corpus-font.ttf}.
 */
public final class CorpusFont {

    /** Reports enough to print every place, template, year and zero style of the corpus. */
    private static final int SAMPLE = 256;

    private CorpusFont() {
    }

    public static void main(String[] args) throws IOException {
        TreeSet<Integer> codePoints = new TreeSet<>();
        for (int c = 0x20; c < 0x7f; c++) {
            codePoints.add(c);
        }
        for (int i = 0; i < SAMPLE; i++) {
            new String(SyntheticText.write(SyntheticInbox.report(i, "sample")), StandardCharsets.UTF_8).codePoints()
                    .filter(c -> !Character.isWhitespace(c)).forEach(codePoints::add);
        }
        try (TrueTypeCollection collection = new TrueTypeCollection(new File(SyntheticPdf.SYSTEM_FONT))) {
            TrueTypeFont font = collection.getFontByName("WenQuanYiMicroHei");
            TTFSubsetter subset = new TTFSubsetter(font);
            codePoints.forEach(subset::add);
            Path out = Path.of(args[0]);
            Files.createDirectories(out.getParent());
            try (OutputStream file = Files.newOutputStream(out)) {
                subset.writeToStream(file);
            }
            System.out.println(codePoints.size() + " characters -> " + out + " (" + Files.size(out) + " bytes)");
        }
    }
}
