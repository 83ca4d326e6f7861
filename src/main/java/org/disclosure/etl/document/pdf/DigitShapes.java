package org.disclosure.etl.document.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.scan.CellInk;
import org.disclosure.etl.document.scan.GlyphShape;

/**
 * A check of the numbers a page's OCR read against the digit shapes the page itself printed: each
 * digit of a sure number is compared with the page's other marks read as the same digit and as every
 * other digit (its own mark left out). A mark read as 7 that looks more like the page's 1s, or a 6
 * like its 0s, makes its number unsure: two readings can make the same mistake, the page's own type
 * does not.
 */
final class DigitShapes {

    /** How much closer another digit's marks must be: scan noise moves a mark a little either way. */
    private static final double CLEARLY_CLOSER = 0.8;

    private DigitShapes() {
    }

    /** The numbers with every one whose digits look like other digits of the page marked unsure. */
    static List<String> checked(List<String> numbers, List<CellInk> inks) {
        Map<Character, float[]> sums = new HashMap<>();
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            forEachDigit(numbers.get(i), inks.get(i), (digit, shape) -> {
                float[] sum = sums.computeIfAbsent(digit, k -> new float[shape.ink().length]);
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += shape.ink()[k];
                }
                counts.merge(digit, 1, Integer::sum);
            });
        }
        List<String> out = new ArrayList<>(numbers);
        for (int i = 0; i < numbers.size(); i++) {
            boolean[] unlike = {false};
            forEachDigit(numbers.get(i), inks.get(i), (digit, shape) -> unlike[0] |= looksLikeAnother(digit, shape, sums, counts));
            if (unlike[0]) {
                out.set(i, Table.UNSURE + numbers.get(i));
            }
        }
        return out;
    }

    /** Whether the page's marks read as another digit are closer to this one than those read as its own (this one left out). */
    private static boolean looksLikeAnother(char digit, GlyphShape shape, Map<Character, float[]> sums, Map<Character, Integer> counts) {
        int own = counts.get(digit) - 1;
        if (own == 0) {
            return false; // the page prints it once: nothing of its own to compare with
        }
        float[] others = sums.get(digit).clone();
        for (int k = 0; k < others.length; k++) {
            others[k] -= shape.ink()[k];
        }
        double ownDistance = shape.distance(mean(others, own));
        for (Map.Entry<Character, float[]> other : sums.entrySet()) {
            if (other.getKey() != digit && shape.distance(mean(other.getValue(), counts.get(other.getKey()))) < ownDistance * CLEARLY_CLOSER) {
                return true;
            }
        }
        return false;
    }

    private static float[] mean(float[] sum, int count) {
        float[] mean = new float[sum.length];
        for (int k = 0; k < sum.length; k++) {
            mean[k] = sum[k] / count;
        }
        return mean;
    }

    private interface DigitVisitor {
        void visit(char digit, GlyphShape shape);
    }

    /** The digits of a sure number read with one mark each, with their marks' shapes. */
    private static void forEachDigit(String number, CellInk ink, DigitVisitor visitor) {
        if (number.startsWith(Table.UNSURE) || number.length() != ink.shapes().size()) {
            return;
        }
        for (int c = 0; c < number.length(); c++) {
            if (Character.isDigit(number.charAt(c))) {
                visitor.visit(number.charAt(c), ink.shapes().get(c));
            }
        }
    }
}
