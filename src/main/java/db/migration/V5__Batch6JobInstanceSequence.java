package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Spring Batch 6 numbers job instances from {@code BATCH_JOB_INSTANCE_SEQ}, where 5 used
 * {@code BATCH_JOB_SEQ}. A warehouse whose job repository Batch 5 created would start the new sequence
 * at 1 and collide with its first run's instance (the job key of every restart); so the new sequence
 * continues after the highest instance id, and the old one goes (Batch's own migration-6.0 scripts,
 * in SQL that H2 and PostgreSQL both run). On a new warehouse, where Batch creates its schema, there
 * is nothing to carry over.
 */
public class V5__Batch6JobInstanceSequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!tableExists(c.getMetaData(), "BATCH_JOB_INSTANCE")) {
            return;
        }
        long next;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(JOB_INSTANCE_ID), 0) + 1 FROM BATCH_JOB_INSTANCE")) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE IF NOT EXISTS BATCH_JOB_INSTANCE_SEQ");
            s.execute("ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ RESTART WITH " + next);
            s.execute("DROP SEQUENCE IF EXISTS BATCH_JOB_SEQ");
        }
    }

    private static boolean tableExists(DatabaseMetaData meta, String name) throws SQLException {
        for (String candidate : new String[] {name, name.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
