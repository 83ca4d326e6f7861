package org.disclosure.etl.inbox;

/**
 * Where a harvester found a file, from its sidecar: the page's address and when it was fetched (ISO 8601
 * as written, a date or a date and time). Either may be null where the sidecar does not give it.
 */
public record Harvest(String sourceUrl, String retrievedAt) {

    public static final Harvest NONE = new Harvest(null, null);
}
