/**
 * Remote partitioning of the ingest's read step over worker processes on other machines, with Spring
 * Batch Integration's requests ({@code StepExecutionRequest}) and step runner, and a Spring
 * Integration channel kept in the warehouse's PostgreSQL as the transport: the manager's partition
 * handler, the request queue, and the worker that takes requests until it is stopped. The job
 * repository is the shared record of what is done. Depends on Spring Batch and Spring Integration
 * only; {@code batch} wires it.
 */
package org.disclosure.etl.remote;
