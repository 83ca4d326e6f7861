/**
 * The published data set site: the extracts by partition, downloads by year and province, Parquet
 * facts, coverage, cross-year checks, the catalogue page and datapackage.json, built aside from the
 * site before (what did not change carried over) and swapped in.
 * Reads the warehouse through {@code warehouse.SiteQueries}; depends on {@code extract},
 * {@code warehouse}, {@code jurisdiction}, {@code report} and {@code files}.
 */
package org.disclosure.etl.publish;
