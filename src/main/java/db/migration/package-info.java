/**
 * Flyway's Java migrations (where SQL alone cannot say it), found by Flyway's convention in this
 * package; the SQL migrations are {@code src/main/resources/db/migration}. Depends on nothing of ours.
 */
package db.migration;
