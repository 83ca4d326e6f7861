/**
 * The warehouse: every SQL statement of the product, in repositories (what the job writes) and query
 * classes (what extracts, site and review read); report statuses and the sets of them queries ask
 * for; facts keys and loading, staging, the run lock, database faults; the extracts' partitions, the
 * marks of those that changed and the parts reports are in; corrections taken in and applied. Depends
 * on {@code report}, {@code document} (how and where numbers were read), {@code check},
 * {@code correction}, {@code jurisdiction}, {@code inbox} (harvest records) and the {@code review} model it fills.
 */
package org.disclosure.etl.warehouse;
