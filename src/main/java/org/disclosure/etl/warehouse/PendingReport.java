package org.disclosure.etl.warehouse;

import org.springframework.jdbc.core.RowMapper;

/** A registered file waiting for the read step, with the hash its bytes had when it was registered. */
public record PendingReport(String reportId, long reportSeq, String sourceFile, String format, String sha256) {

    /** From {@code SELECT report_id, report_seq, source_file, format, sha256}. */
    public static final RowMapper<PendingReport> ROW_MAPPER = (rs, i) -> new PendingReport(rs.getString(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5));
}
