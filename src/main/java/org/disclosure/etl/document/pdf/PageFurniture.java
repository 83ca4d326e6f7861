package org.disclosure.etl.document.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page numbers ({@code -3-}, {@code 第3页 共5页}, {@code 3/5}) and running headers and footers: lines
 * in a page's top or bottom margin that are page numbers, or that recur on most pages.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*\\d{1,4}[-—–－\\s]*$|^第\\s*\\d{1,4}\\s*页.*$|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^(?i)page\\s*\\d+.*$");
    private static final float MARGIN = 0.1f;

    private final Map<String, Integer> pagesPrinting = new HashMap<>();
    private final int pages;

    /** @param marginLines per page, the lines in its top and bottom margins */
    PageFurniture(List<List<String>> marginLines) {
        this.pages = marginLines.size();
        for (List<String> page : marginLines) {
            page.stream().map(PageFurniture::shape).distinct().forEach(s -> pagesPrinting.merge(s, 1, Integer::sum));
        }
    }

    static boolean inMargin(float y, float pageHeight) {
        return y < pageHeight * MARGIN || y > pageHeight * (1 - MARGIN);
    }

    boolean isFurniture(String marginLine) {
        String text = marginLine.strip();
        if (PAGE_NUMBER.matcher(text).matches()) {
            return true;
        }
        return pages >= 3 && pagesPrinting.getOrDefault(shape(text), 0) * 2 > pages;
    }

    /** A line with its numbers blanked, so "第2页" and "第3页" are the same running line. */
    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
