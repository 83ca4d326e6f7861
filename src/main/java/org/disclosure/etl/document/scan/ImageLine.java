package org.disclosure.etl.document.scan;

/**
 * A ruling line found on a page image, in pixels: horizontal at y = {@code position} from x =
 * {@code from} to {@code to}, or vertical at x from y to y.
 */
public record ImageLine(boolean horizontal, int position, int from, int to) {
}
