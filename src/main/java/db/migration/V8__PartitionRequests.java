package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The table through which {@code ingest --remote} sends partitions to the workers: Spring
 * Integration's JDBC channel message store, as its {@code schema-postgresql.sql} creates it. Only a
 * PostgreSQL warehouse gets it: an embedded H2 warehouse belongs to one process, which has no
 * workers.
 */
public class V8__PartitionRequests extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("CREATE SEQUENCE INT_MESSAGE_SEQ START WITH 1 INCREMENT BY 1 NO CYCLE");
            s.execute("""
                    CREATE TABLE INT_CHANNEL_MESSAGE (
                        MESSAGE_ID CHAR(36) NOT NULL,
                        GROUP_KEY CHAR(36) NOT NULL,
                        CREATED_DATE BIGINT NOT NULL,
                        MESSAGE_PRIORITY BIGINT,
                        MESSAGE_SEQUENCE BIGINT NOT NULL DEFAULT nextval('INT_MESSAGE_SEQ'),
                        MESSAGE_CONTENT BYTEA,
                        REGION VARCHAR(100) NOT NULL,
                        CONSTRAINT INT_CHANNEL_MESSAGE_PK PRIMARY KEY (REGION, GROUP_KEY, CREATED_DATE, MESSAGE_SEQUENCE)
                    )""");
            s.execute("CREATE INDEX INT_CHANNEL_MSG_DELETE_IDX ON INT_CHANNEL_MESSAGE (REGION, GROUP_KEY, MESSAGE_ID)");
        }
    }
}
