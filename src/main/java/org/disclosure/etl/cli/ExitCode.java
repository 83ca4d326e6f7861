package org.disclosure.etl.cli;

/** Process exit codes; part of the command-line contract. */
public final class ExitCode {
    /** The run completed. Files may have failed and rows may have been skipped: see the extracts. */
    public static final int COMPLETED = 0;
    /** The run started but did not complete (a step failed); rerunning restarts it. */
    public static final int RUN_FAILED = 1;
    /** The command line or job file is wrong. */
    public static final int USAGE = 2;
    /** The run could not start: the warehouse is unreachable or the configuration is invalid. */
    public static final int CANNOT_START = 3;
    /** Another ingest run holds the warehouse; this one did nothing. */
    public static final int LOCKED = 4;

    private ExitCode() {
    }
}
