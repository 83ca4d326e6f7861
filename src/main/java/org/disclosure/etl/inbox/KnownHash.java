package org.disclosure.etl.inbox;

/** What a path held when it was last hashed: the file's size and modification time (in nanoseconds), and its SHA-256. */
public record KnownHash(long size, long modifiedNanos, String sha256) {
}
