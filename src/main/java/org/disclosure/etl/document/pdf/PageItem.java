package org.disclosure.etl.document.pdf;

/** What a page holds, in reading order: lines of text and ruled tables. */
sealed interface PageItem {

    float y();

    record Line(TextLine line) implements PageItem {
        @Override
        public float y() {
            return line.y();
        }
    }

    record Ruled(RuledTable table) implements PageItem {
        @Override
        public float y() {
            return table.top();
        }
    }
}
