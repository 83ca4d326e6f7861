/**
 * disclosure-etl: government information disclosure annual reports into a statistics warehouse, CSV
 * extracts and a published data set. This package holds only the Spring Boot application class, the
 * root from which the configurations in {@code batch} are found; it depends on nothing of ours.
 *
 * <p>Layers, each depending only on those below it: {@code cli} (commands) → {@code batch} (the job's
 * wiring) → {@code extract}, {@code publish}, {@code review} (what people read) → {@code warehouse}
 * (all SQL) → {@code check} (the tables' arithmetic) → {@code report} (a document read as a report)
 * → {@code document} and its readers, {@code jurisdiction} (places), {@code inbox}, {@code files}.
 */
package org.disclosure.etl;
