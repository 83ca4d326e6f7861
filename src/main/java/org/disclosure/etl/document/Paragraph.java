package org.disclosure.etl.document;

/** A line or paragraph of running text, as printed. */
public record Paragraph(String text) implements Block {

    public Paragraph {
        text = Block.printable(text);
    }
}
