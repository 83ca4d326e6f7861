package org.disclosure.etl.correction;

import java.util.List;
import java.util.Locale;

/** What became of one corrected cell, as the warehouse keeps it and the review page lists it. */
public enum CorrectionState {
    /** Taken in, not yet applied. */
    ACCEPTED,
    /** Loaded as a fact whose method is {@code manual}. */
    APPLIED,
    /** The parser, reading the report again, reads the same number itself. */
    CONFIRMED,
    /** The parser, reading the report again, reads another number: the operator's stands, and the difference is listed. */
    CONFLICT,
    /** Its row is not wholly corrected: the row stays skipped, and nothing of it is loaded. */
    PENDING,
    /** Its file was replaced by a new version at the same path: the correction does not carry over. */
    STALE,
    /** Not applied, for the reason given. */
    REJECTED,
    /** A later correction of the same cell took its place. */
    REPLACED;

    /** The states of a correction that still stands: applied again whenever its report is read again. */
    public static final List<CorrectionState> LIVE = List.of(ACCEPTED, APPLIED, CONFIRMED, CONFLICT, PENDING);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CorrectionState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
