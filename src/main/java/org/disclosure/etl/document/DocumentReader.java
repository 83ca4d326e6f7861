package org.disclosure.etl.document;

import java.util.Set;

/** Reads one input format into a {@link Document}. A new format is one new implementation. */
public interface DocumentReader {

    /** Lower-case file name extensions this reader handles, without the dot. */
    Set<String> extensions();

    Document read(byte[] content) throws UnreadableDocumentException;
}
