package org.disclosure.etl.inbox;

import java.util.List;
import java.util.Map;

/**
 * The hashes of files taken in before, by path: a file whose size and modification time are those
 * it had then is not read again to be hashed (rsync's quick check), so that a night's discovery reads
 * the night's new and changed files, not every file the inbox has ever held.
 */
@FunctionalInterface
public interface KnownHashes {

    /** Every file hashed again: nothing is known (the first run, or the operator's {@code rehash}). */
    KnownHashes NONE = files -> Map.of();

    Map<String, KnownHash> of(List<String> sourceFiles);
}
