package org.disclosure.etl.document.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.document.CellText;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.scan.CellInk;
import org.disclosure.etl.document.scan.ImageLine;
import org.disclosure.etl.document.scan.ImageRulings;
import org.disclosure.etl.document.scan.ScanImage;
import org.disclosure.etl.document.scan.Skew;
import org.disclosure.etl.document.scan.Tesseract;

/**
 * A page image read as the PDF reader reads a printed page: straightened, its table borders found
 * in the image become the page's {@link Ruling}s, each cell is read on its own (digits with the
 * digit model, words with the Chinese one) and becomes one glyph at the cell's centre, and the text
 * outside the tables is read line by line. From there {@link PageLayout} builds tables and lines as
 * for any page, so a scanned table meets the same row mapping as every other format.
 *
 * <p>A number the OCR is not sure of (low confidence, or a different count of digits than marks in
 * the cell) is marked with a leading {@link Table#UNSURE}, and a cell with ink that reads as nothing
 * is that mark alone: no number parser accepts either, so the arithmetic check that follows decides
 * (see the report parser's recognized rows).
 */
final class ScannedPage {

    private static final String UNSURE = Table.UNSURE;
    /** A label cell with ink OCR read nothing in: words still (no row label matches it), never a number. */
    static final String UNREAD_WORDS = "〔未识别〕";
    /** Tesseract's word confidence (0–100) below which a number is unsure. */
    private static final float SURE = 80f;
    /** Inset from a cell's border lines, in inches: the border's own ink is not the cell's. */
    private static final double INSET_INCHES = 0.025;

    private ScannedPage() {
    }

    /** The items of a page image rendered at {@code dpi}, in points from the page's top-left corner. */
    static List<PageItem> items(BufferedImage image, int dpi, Tesseract ocr) throws IOException {
        return items(List.of(image), dpi, ocr, List.of(1)).get(0);
    }

    /**
     * The items of several page images of one document, each as {@link #items(BufferedImage, int, Tesseract)}
     * gives them, their cells and running text read together: each Tesseract run loads its model
     * (a quarter to half a second), so one run a reading for all the pages rather than one a page.
     *
     * @param pageNumbers the pages' numbers in their document, for a page's error
     */
    static List<List<PageItem>> items(List<BufferedImage> images, int dpi, Tesseract ocr, List<Integer> pageNumbers) throws IOException {
        List<Prepared> pages = new ArrayList<>();
        for (BufferedImage image : images) {
            pages.add(prepare(image, dpi));
            ReadDeadline.check();
        }
        List<String> numbers = numbers(all(pages, Prepared::digitImages), all(pages, Prepared::grayDigitImages),
                all(pages, Prepared::digitInk), ocr);
        List<String> labelLines = labelLines(all(pages, Prepared::wordImages), ocr);
        List<List<Tesseract.Word>> running = ocr.read(pages.stream().map(Prepared::running).toList(), Tesseract.Mode.PAGE);
        List<List<PageItem>> items = new ArrayList<>();
        int digit = 0;
        int word = 0;
        for (int p = 0; p < pages.size(); p++) {
            Prepared page = pages.get(p);
            List<Glyph> glyphs = new ArrayList<>(page.glyphs());
            for (float[] box : page.digitCells()) {
                glyphs.add(cellGlyph(box, numbers.get(digit++)));
            }
            Map<float[], List<String>> wordLines = new LinkedHashMap<>(); // by the cell's box itself: one box per cell
            for (float[] box : page.wordCells()) {
                wordLines.computeIfAbsent(box, k -> new ArrayList<>()).add(labelLines.get(word++));
            }
            wordLines.forEach((box, lines) -> {
                String text = CellText.join(lines);
                glyphs.add(cellGlyph(box, text.isEmpty() ? UNREAD_WORDS : text));
            });
            for (List<Tesseract.Word> line : lines(running.get(p)).values()) {
                glyphs.add(lineGlyph(line, 72f / dpi));
            }
            try {
                items.add(PageLayout.items(glyphs, page.rulings()));
            } catch (PageLimitException e) {
                throw e.onPage(pageNumbers.get(p));
            }
        }
        return items;
    }

    /**
     * A page made ready for OCR: straightened, its rulings found, each cell judged by its ink (dashes
     * already glyphs), the images of its number and word cells, and the page without its tables.
     */
    private record Prepared(List<Ruling> rulings, List<Glyph> glyphs, List<float[]> digitCells, List<CellInk> digitInk,
                            List<BufferedImage> digitImages, List<BufferedImage> grayDigitImages, List<float[]> wordCells,
                            List<BufferedImage> wordImages, BufferedImage running) {
    }

    private static <T> List<T> all(List<Prepared> pages, java.util.function.Function<Prepared, List<T>> part) {
        return pages.stream().flatMap(p -> part.apply(p).stream()).toList();
    }

    private static Prepared prepare(BufferedImage image, int dpi) {
        ScanImage page = ScanImage.of(image);
        double skew = Skew.degrees(page);
        if (Math.abs(skew) >= 0.02) {
            page = page.rotated(-skew);
        }
        ReadDeadline.check();
        float scale = 72f / dpi;
        List<Ruling> rulings = new ArrayList<>();
        for (ImageLine l : ImageRulings.of(page, dpi)) {
            rulings.add(new Ruling(l.horizontal(), l.position() * scale, l.from() * scale, l.to() * scale));
        }
        List<Glyph> glyphs = new ArrayList<>();
        List<float[]> digitCells = new ArrayList<>();
        List<CellInk> digitInk = new ArrayList<>();
        List<BufferedImage> digitImages = new ArrayList<>();
        List<BufferedImage> grayDigitImages = new ArrayList<>();
        List<float[]> wordCells = new ArrayList<>();
        List<BufferedImage> wordImages = new ArrayList<>();
        List<int[]> tableAreas = new ArrayList<>();
        int inset = (int) Math.max(2, INSET_INCHES * dpi);
        for (List<Ruling> frame : PageLayout.frames(rulings)) {
            if (!PageLayout.isGrid(frame)) {
                continue;
            }
            RuledTable grid = RuledTable.of(frame, new ArrayList<>());
            tableAreas.add(area(frame, dpi));
            for (float[] box : grid.cellBoxes()) {
                CellInk ink = CellInk.of(page, px(box[0], dpi) + inset, px(box[1], dpi) + inset, px(box[2], dpi) - inset,
                        px(box[3], dpi) - inset, inset, dpi);
                switch (ink.kind()) {
                    case BLANK -> { }
                    case DASH -> glyphs.add(cellGlyph(box, "-"));
                    case DIGITS -> {
                        digitCells.add(box);
                        digitInk.add(ink);
                        digitImages.add(ink.images().get(0));
                        grayDigitImages.add(ink.images().get(1));
                    }
                    case WORDS -> {
                        for (BufferedImage line : ink.images()) {
                            wordCells.add(box);
                            wordImages.add(line);
                        }
                    }
                }
            }
        }
        return new Prepared(rulings, glyphs, digitCells, digitInk, digitImages, grayDigitImages, wordCells, wordImages,
                page.without(tableAreas));
    }

    /**
     * The numbers read in number cells. A first reading of the cell's marks alone as a line, then,
     * where that is not sure, as one word and a lone mark as one character (each misses some digits
     * the next reads). A number is sure when Tesseract is, when it read as many characters as the
     * cell has marks (a minus sign or a digit the reading does not explain makes it unsure), and no
     * mark touches the cell's cut edge; and then only where a second, independent reading agrees:
     * the cell's gray, binarized by Tesseract itself rather than by us, and where its digits look like
     * the page's own marks of the same digits ({@link DigitShapes}). Anything else is marked
     * unsure, so that only a table's arithmetic can confirm it. A cell no reading reads anything in
     * is read as words, in case its marks were words after all.
     */
    private static List<String> numbers(List<BufferedImage> images, List<BufferedImage> grays, List<CellInk> inks, Tesseract ocr)
            throws IOException {
        List<String> numbers = new ArrayList<>();
        ocr.read(images, Tesseract.Mode.DIGITS).forEach(words -> numbers.add(number(words, inks.get(numbers.size()))));
        for (Tesseract.Mode again : List.of(Tesseract.Mode.DIGITS_WORD, Tesseract.Mode.DIGIT_CHARACTER)) {
            List<Integer> retry = where(numbers.size(),
                    i -> numbers.get(i).startsWith(UNSURE) && (again != Tesseract.Mode.DIGIT_CHARACTER || inks.get(i).marks() == 1));
            List<List<Tesseract.Word>> read = ocr.read(retry.stream().map(images::get).toList(), again);
            for (int r = 0; r < retry.size(); r++) {
                String second = number(read.get(r), inks.get(retry.get(r)));
                if (!second.startsWith(UNSURE) || numbers.get(retry.get(r)).equals(UNSURE)) {
                    numbers.set(retry.get(r), second);
                }
            }
        }
        List<String> first = List.copyOf(numbers);
        List<Integer> all = where(numbers.size(), i -> true);
        confirmAgainst(first, numbers, all, grays, inks, ocr);
        // Where the gray did not confirm it (Tesseract reads nothing in some grays of a lone digit), a reading of the
        // marks half as large again may: the same ink, other pixels.
        List<Integer> disputed = where(numbers.size(), i -> !first.get(i).startsWith(UNSURE) && numbers.get(i).startsWith(UNSURE));
        confirmAgainst(first, numbers, disputed, disputed.stream().map(i -> enlarged(images.get(i))).toList(), inks, ocr);
        List<String> shaped = DigitShapes.checked(numbers, inks);
        numbers.clear();
        numbers.addAll(shaped);
        List<Integer> unread = where(numbers.size(), i -> numbers.get(i).equals(UNSURE));
        List<String> asWords = labelLines(unread.stream().map(images::get).toList(), ocr);
        for (int u = 0; u < unread.size(); u++) {
            if (asWords.get(u).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                numbers.set(unread.get(u), asWords.get(u));
            }
        }
        return numbers;
    }

    /**
     * The cells {@code at} (their gray images {@code grays}, in that order; all of them where {@code at} is
     * every cell) read again, independently of the first reading, a lone mark as one character and more as
     * a line, and each number set to what the two readings confirm.
     */
    private static void confirmAgainst(List<String> first, List<String> numbers, List<Integer> at, List<BufferedImage> grays,
                                       List<CellInk> inks, Tesseract ocr) throws IOException {
        for (boolean lone : List.of(true, false)) {
            List<Integer> picked = where(at.size(), k -> (inks.get(at.get(k)).marks() == 1) == lone);
            List<List<Tesseract.Word>> read = ocr.read(picked.stream().map(grays::get).toList(),
                    lone ? Tesseract.Mode.DIGIT_CHARACTER : Tesseract.Mode.DIGITS);
            for (int r = 0; r < picked.size(); r++) {
                int i = at.get(picked.get(r));
                numbers.set(i, confirmed(first.get(i), number(read.get(r), inks.get(i))));
            }
        }
    }

    /**
     * A number as two independent readings leave it: sure only where the first is sure and the second
     * read the same characters; otherwise unsure, with the first reading's characters, or the
     * second's where the first read none.
     */
    static String confirmed(String first, String second) {
        String other = second.replace(UNSURE, "");
        if (!first.startsWith(UNSURE)) {
            // The same characters, however sure Tesseract was of them the second time; a sign the first reading read
            // in a mark our ink analysis found before the digits stands, though the gray may have lost so thin a stroke.
            boolean same = first.equals(other) || !other.isEmpty() && (first.startsWith("-") || first.startsWith("+"))
                    && first.substring(1).equals(other);
            return same ? first : UNSURE + first;
        }
        return first.equals(UNSURE) && !other.isEmpty() ? UNSURE + other : first;
    }

    /** An image half as large again (bilinear): Tesseract sees other pixels of the same print. */
    private static BufferedImage enlarged(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth() * 3 / 2, image.getHeight() * 3 / 2, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /** The text of each line of label cells: as a line, or, where that reads nothing, as raw text. */
    private static List<String> labelLines(List<BufferedImage> images, Tesseract ocr) throws IOException {
        List<String> lines = new ArrayList<>(ocr.read(images, Tesseract.Mode.TEXT_LINE).stream().map(ScannedPage::text).toList());
        List<Integer> empty = where(lines.size(), i -> lines.get(i).isEmpty());
        List<List<Tesseract.Word>> again = ocr.read(empty.stream().map(images::get).toList(), Tesseract.Mode.TEXT_RAW_LINE);
        for (int e = 0; e < empty.size(); e++) {
            lines.set(empty.get(e), text(again.get(e)));
        }
        return lines;
    }

    /** The indexes below {@code size} the condition holds for: the cells to read again. */
    private static List<Integer> where(int size, java.util.function.IntPredicate condition) {
        return java.util.stream.IntStream.range(0, size).filter(condition).boxed().toList();
    }

    private static String number(List<Tesseract.Word> words, CellInk ink) {
        String digits = String.join("", words.stream().map(Tesseract.Word::text).toList());
        boolean sure = !digits.isEmpty() && digits.length() == ink.marks() && !ink.clipped()
                && words.stream().allMatch(w -> w.confidence() >= SURE);
        return sure ? digits : UNSURE + digits;
    }

    private static Map<String, List<Tesseract.Word>> lines(List<Tesseract.Word> words) {
        Map<String, List<Tesseract.Word>> lines = new LinkedHashMap<>();
        for (Tesseract.Word w : words) {
            lines.computeIfAbsent(w.lineKey(), k -> new ArrayList<>()).add(w);
        }
        return lines;
    }

    /** A line's words as one text: Chinese characters joined, Latin words apart. */
    private static String text(List<Tesseract.Word> line) {
        return CellText.join(line.stream().map(Tesseract.Word::text).toList());
    }

    private static Glyph lineGlyph(List<Tesseract.Word> line, float scale) {
        int left = line.stream().mapToInt(Tesseract.Word::left).min().orElse(0);
        int right = line.stream().mapToInt(w -> w.left() + w.width()).max().orElse(0);
        int top = line.stream().mapToInt(Tesseract.Word::top).min().orElse(0);
        int bottom = line.stream().mapToInt(w -> w.top() + w.height()).max().orElse(0);
        return new Glyph(text(line), left * scale, bottom * scale, (right - left) * scale, Math.max(1f, (bottom - top) * scale));
    }

    /** A cell's text as one glyph at its centre, so that the ruled table puts it in that cell. */
    private static Glyph cellGlyph(float[] box, String text) {
        float size = Math.min(10f, (box[3] - box[1]) / 2);
        float width = Math.max(1f, box[2] - box[0] - 4);
        return new Glyph(text, box[0] + 2, (box[1] + box[3]) / 2 + size / 2, width, size);
    }

    private static int px(float points, int dpi) {
        return Math.round(points * dpi / 72f);
    }

    /** The pixels a frame of rulings covers: left, top, right, bottom (exclusive). */
    private static int[] area(List<Ruling> frame, int dpi) {
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Ruling r : frame) {
            left = Math.min(left, r.horizontal() ? r.from() : r.position());
            right = Math.max(right, r.horizontal() ? r.to() : r.position());
            top = Math.min(top, r.horizontal() ? r.position() : r.from());
            bottom = Math.max(bottom, r.horizontal() ? r.position() : r.to());
        }
        return new int[] {px(left, dpi), px(top, dpi), px(right, dpi) + 1, px(bottom, dpi) + 1};
    }
}
