package org.disclosure.etl.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits one page into its ruled tables and the lines of text outside them, top to bottom. */
final class PageLayout {

    private PageLayout() {
    }

    static List<PageItem> items(List<Glyph> pageGlyphs, List<Ruling> rulings) {
        List<Glyph> glyphs = new ArrayList<>(pageGlyphs);
        List<PageItem> items = new ArrayList<>();
        for (List<Ruling> frame : frames(rulings)) {
            if (isGrid(frame)) {
                RuledTable table = RuledTable.of(frame, glyphs);
                if (table.hasText()) {
                    items.add(new PageItem.Ruled(table));
                }
            }
        }
        for (TextLine line : TextLine.of(glyphs)) {
            items.add(new PageItem.Line(line));
        }
        items.sort(Comparator.comparingDouble(PageItem::y));
        return items;
    }

    /** Groups lines that touch into frames: each frame is one table's borders. */
    static List<List<Ruling>> frames(List<Ruling> rulings) {
        int n = rulings.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rulings.get(i).meets(rulings.get(j))) {
                    int a = root(group, i);
                    int b = root(group, j);
                    group[a] = b;
                }
            }
        }
        List<List<Ruling>> frames = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = root(group, i);
            int at = roots.indexOf(r);
            if (at < 0) {
                roots.add(r);
                frames.add(new ArrayList<>());
                at = frames.size() - 1;
            }
            frames.get(at).add(rulings.get(i));
        }
        return frames;
    }

    /** At least two horizontal and two vertical lines: a frame that encloses cells. */
    static boolean isGrid(List<Ruling> frame) {
        long horizontal = frame.stream().filter(Ruling::horizontal).count();
        return horizontal >= 2 && frame.size() - horizontal >= 2;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
