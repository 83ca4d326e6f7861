package org.disclosure.etl.correction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.ColumnDefinition;
import org.disclosure.etl.report.RowDefinition;
import org.disclosure.etl.report.Template;

/**
 * What a line of a correction file is worth before it is applied: accepted (a number for a cell of the
 * codebook of a report whose facts are loaded), stale (its file has a newer version), or rejected with
 * the reason an operator can act on. Whether the cell was skipped is settled when it is applied.
 */
public record LineVerdict(CorrectionState state, String reason, Cell cell, BigDecimal value) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The report a line's SHA-256 names, as the warehouse has it. */
    public record Target(String reportId, String status, Template template) {
    }

    public static LineVerdict of(CorrectionFile.Line line, Optional<Target> target, Codebook codebook) {
        if (!SHA256.matcher(line.sha256()).matches()) {
            return rejected("'" + line.sha256() + "' is not a SHA-256 (64 hex digits)");
        }
        if (target.isEmpty()) {
            return rejected("unknown SHA-256: no report of the warehouse has these bytes");
        }
        Target report = target.get();
        if (report.status().equals("superseded")) {
            return new LineVerdict(CorrectionState.STALE, "the file was replaced by a new version; corrections do not carry over to it",
                    null, null);
        }
        if (!report.status().equals("loaded") && !report.status().equals("partial")) {
            return rejected("the report is " + report.status() + ": none of its numbers is loaded");
        }
        Optional<RowDefinition> row = codebook.row(report.template(), line.tableCode(), line.rowCode());
        Optional<ColumnDefinition> column = row.flatMap(r -> r.columns().stream().filter(c -> c.code().equals(line.columnCode())).findFirst());
        if (column.isEmpty()) {
            return rejected("no cell " + line.tableCode() + " / " + line.rowCode() + " / " + line.columnCode() + " in the codebook of the "
                    + report.template().code() + " template");
        }
        Cell cell = new Cell(row.get().section(), line.tableCode(), line.rowCode(), line.columnCode());
        CorrectedValue.Reading value = CorrectedValue.read(line.value(), column.get());
        return value instanceof CorrectedValue.Number n ? new LineVerdict(CorrectionState.ACCEPTED, null, cell, n.value())
                : new LineVerdict(CorrectionState.REJECTED, ((CorrectedValue.Refused) value).reason(), cell, null);
    }

    private static LineVerdict rejected(String reason) {
        return new LineVerdict(CorrectionState.REJECTED, reason, null, null);
    }
}
