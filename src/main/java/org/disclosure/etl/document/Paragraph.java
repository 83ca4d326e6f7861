package org.disclosure.etl.document;

/**
 * A line or paragraph of running text, as printed.
 *
 * @param recognized read by OCR from an image: a name or year in it stands only where something else confirms it
 */
public record Paragraph(String text, boolean recognized) implements Block {

    public Paragraph {
        text = Block.printable(text);
    }

    public Paragraph(String text) {
        this(text, false);
    }
}
