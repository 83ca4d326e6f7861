/**
 * The extract file set of {@code docs/extracts.md} (reports, facts, checks, skips, wide views by
 * partition; manifest and codebook), written as a new set from the one before (the partitions that
 * changed written, the others carried over) and switched in whole with the run's review page and
 * corrections template. Reads the warehouse only through its query classes; depends on
 * {@code warehouse}, {@code review}, {@code correction}, {@code report} and {@code files}.
 */
package org.disclosure.etl.extract;
