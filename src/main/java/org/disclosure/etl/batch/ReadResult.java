package org.disclosure.etl.batch;

import org.disclosure.etl.inbox.Harvest;
import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.warehouse.PendingReport;

/** What the read step made of one file. */
public sealed interface ReadResult {

    String GONE = "file disappeared from the inbox before it was read";

    PendingReport report();

    /** How long reading took, for the review page's slowest files. */
    long millis();

    /** @param harvest where the harvester found the file, from its sidecar */
    record Located(PendingReport report, LocatedReport located, Jurisdiction place, long millis, Harvest harvest) implements ReadResult {
    }

    record Unreadable(PendingReport report, String reason, long millis) implements ReadResult {
    }

    /** The file is no longer in the inbox (deleted after it was registered, or moved away). */
    record Gone(PendingReport report, long millis) implements ReadResult {
    }
}
