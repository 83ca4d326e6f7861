/**
 * The {@code ingest} job's wiring, and nothing else: Spring configurations (reading, warehouse, job)
 * whose beans are steps and the Spring Batch adapters they need (readers, processors, writers,
 * listeners, the partitioner, remote partitioning's handler and worker). Holds no SQL and no rules of
 * its own: it calls {@code report} to read, {@code check} to check, {@code correction} to
 * apply operators' corrections, {@code warehouse} to store,
 * {@code extract} and {@code publish} to write and {@code remote} to send partitions to workers.
 * May depend on every package but {@code cli}.
 */
package org.disclosure.etl.batch;
