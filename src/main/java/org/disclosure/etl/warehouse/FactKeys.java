package org.disclosure.etl.warehouse;

import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;

/**
 * A fact's key in the warehouse: its report's sequence number times {@value #CELLS_PER_REPORT} plus
 * its cell's number in the codebook. Unique exactly when (report, table, row, column) is, and one
 * report's facts are one key range, in the order the tables print. Migration V4 uses the same factor.
 */
public final class FactKeys {

    public static final int CELLS_PER_REPORT = 1024;

    private final Codebook codebook;

    public FactKeys(Codebook codebook) {
        if (codebook.cells() > CELLS_PER_REPORT) {
            throw new IllegalStateException("the codebook lists " + codebook.cells() + " cells; fact keys number at most "
                    + CELLS_PER_REPORT + " per report");
        }
        this.codebook = codebook;
    }

    public long of(long reportSeq, Fact fact) {
        int cell = codebook.cellNumber(fact.tableCode(), fact.rowCode(), fact.columnCode());
        if (cell < 0) {
            throw new IllegalArgumentException("no codebook cell " + fact.tableCode() + "/" + fact.rowCode() + "/" + fact.columnCode());
        }
        return reportSeq * CELLS_PER_REPORT + cell;
    }

    /** The first key of a report's range. */
    public static long first(long reportSeq) {
        return reportSeq * CELLS_PER_REPORT;
    }

    /** The last key of a report's range. */
    public static long last(long reportSeq) {
        return first(reportSeq) + CELLS_PER_REPORT - 1;
    }
}
