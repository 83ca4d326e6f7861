/** The run's review page for operators: what was loaded, failed, skipped and flagged. Plain Java; depends on nothing of ours. */
package org.disclosure.etl.review;
