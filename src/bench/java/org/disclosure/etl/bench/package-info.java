/**
 * The benchmark, outside the product's jar ({@code target/disclosure-etl-bench.jar}): ingest against
 * the extraction floor, readers against their libraries, OCR against Tesseract alone. Depends on the
 * product (runs {@code cli} in-process) and {@code bench.synthetic}.
 */
package org.disclosure.etl.bench;
