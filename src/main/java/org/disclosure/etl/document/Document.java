package org.disclosure.etl.document;

import java.util.List;

/** A layout-neutral document: what every format reader produces, and all that parsing sees. */
public record Document(List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }
}
