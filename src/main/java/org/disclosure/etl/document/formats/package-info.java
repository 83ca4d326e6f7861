/**
 * A reader per format (text, HTML, DOCX, DOC and WPS, and the registry that picks one by a file's
 * bytes), each with its own settings. Depends on the {@code document} model, on {@code pdf} and
 * {@code scan} (PDFs, and pictures pasted into Word documents) and on {@code files}.
 */
package org.disclosure.etl.document.formats;
