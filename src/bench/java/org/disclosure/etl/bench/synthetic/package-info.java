/**
 * Synthetic reports with known facts, written as text, HTML, DOCX, PDF and scans: the benchmark's
 * corpus, and the tests' fixtures. Depends on {@code report} (the codebook and sections) and {@code document.formats}.
 */
package org.disclosure.etl.bench.synthetic;
