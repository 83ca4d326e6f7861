package org.disclosure.etl.batch;

import java.util.List;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.StagedRow;

/** A staged row and the facts it maps to. */
public record MappedRow(StagedRow staged, List<Fact> facts) {
}
