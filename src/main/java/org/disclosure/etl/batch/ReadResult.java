package org.disclosure.etl.batch;

import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.report.LocatedReport;

/** What the read step made of one file. */
public sealed interface ReadResult {

    PendingReport report();

    /** How long reading took, for the review page's slowest files. */
    long millis();

    record Located(PendingReport report, LocatedReport located, Jurisdiction place, long millis) implements ReadResult {
    }

    record Unreadable(PendingReport report, String reason, long millis) implements ReadResult {
    }
}
