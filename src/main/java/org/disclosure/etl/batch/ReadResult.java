package org.disclosure.etl.batch;

import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.report.LocatedReport;

/** What the read step made of one file. */
public sealed interface ReadResult {

    PendingReport report();

    record Located(PendingReport report, LocatedReport located, Jurisdiction place) implements ReadResult {
    }

    record Unreadable(PendingReport report, String reason) implements ReadResult {
    }
}
