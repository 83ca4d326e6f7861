/**
 * The extract file set of {@code docs/extracts.md} (reports, facts, checks, skips, codebook, wide views,
 * national and per province), written as a new set and switched in whole with the run's review page.
 * Reads the warehouse only through its query classes; depends on {@code warehouse}, {@code review},
 * {@code report} and {@code files}.
 */
package org.disclosure.etl.extract;
