/**
 * The command line, a public contract: one table of commands (ingest, worker, schedule, status, publish),
 * the job file, exit codes, the run lock's refusal, the run summary. Starts the Spring application;
 * may depend on every package. Nothing depends on it but the benchmark, which runs it in-process.
 */
package org.disclosure.etl.cli;
