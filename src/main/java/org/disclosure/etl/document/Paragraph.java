package org.disclosure.etl.document;

/**
 * A line or paragraph of running text, as printed.
 *
 * @param recognized read by OCR from an image: a name or year in it stands only where something else confirms it
 * @param place      where the line was printed, or null where the format has no pages
 */
public record Paragraph(String text, boolean recognized, PrintedPlace place) implements Block {

    public Paragraph {
        text = Block.printable(text);
    }

    public Paragraph(String text, boolean recognized) {
        this(text, recognized, null);
    }

    public Paragraph(String text) {
        this(text, false);
    }
}
