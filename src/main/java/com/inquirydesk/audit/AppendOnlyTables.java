package com.inquirydesk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Makes the access register and the audit trail append-only in the database itself, so that no code
 * path of the application (nor anyone with its credentials and a SQL prompt) can rewrite history:
 * every UPDATE is refused, and a DELETE only passes for rows older than {@link #LEGAL_MINIMUM_DAYS}
 * by the database's own clock. That one permitted deletion is what the retention purge
 * ({@link AccessLog#purgeOlderThan}) uses; its configurable period (2 years by default) cannot be
 * set below the minimum, so the trigger never stands in the purge's way, and a purge asked to delete
 * younger rows fails whole.
 *
 * <p>The trigger language differs: MariaDB gets SQL triggers that SIGNAL, H2 gets a Java trigger
 * ({@link AppendOnlyH2Trigger}). Flyway runs this as migration V51 (a Spring bean, picked up by Boot's
 * Flyway auto-configuration).
 */
@Component
class AppendOnlyTables implements JavaMigration {

    /** The personal-information safety standard keeps access records at least one year. */
    static final int LEGAL_MINIMUM_DAYS = 365;

    static final List<String> TABLES = List.of("access_record", "audit_event");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("51");
    }

    @Override
    public String getDescription() {
        return "append only access record and audit event";
    }

    @Override
    public Integer getChecksum() {
        return 51;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean h2 = connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                if (h2) {
                    statement.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                            + " FOR EACH ROW CALL '" + AppendOnlyH2Trigger.class.getName() + "'");
                } else {
                    statement.execute("CREATE TRIGGER " + table + "_no_update BEFORE UPDATE ON " + table
                            + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + table
                            + " is append-only: rows cannot be changed'");
                    statement.execute("CREATE TRIGGER " + table + "_no_early_delete BEFORE DELETE ON " + table
                            + " FOR EACH ROW BEGIN IF OLD.occurred_at >= UTC_TIMESTAMP(6) - INTERVAL " + LEGAL_MINIMUM_DAYS
                            + " DAY THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + table
                            + " is append-only: rows younger than the retention minimum cannot be deleted'; END IF; END");
                }
            }
        }
    }
}
