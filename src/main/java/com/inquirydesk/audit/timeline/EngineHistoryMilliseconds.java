package com.inquirydesk.audit.timeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda's MySQL/MariaDB tables keep history times to the second (DATETIME), so an auditor could not
 * tell in which order the steps of one second happened, nor place them between the service's own records
 * (kept to the microsecond). The history time columns the timeline reads are widened to DATETIME(3) once,
 * right after the engine built its schema; H2 already keeps milliseconds.
 */
@Component
class EngineHistoryMilliseconds extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineHistoryMilliseconds.class);

    static final List<String[]> TIME_COLUMNS = List.of(
            new String[] {"ACT_HI_PROCINST", "START_TIME_"}, new String[] {"ACT_HI_PROCINST", "END_TIME_"},
            new String[] {"ACT_HI_ACTINST", "START_TIME_"}, new String[] {"ACT_HI_ACTINST", "END_TIME_"},
            new String[] {"ACT_HI_TASKINST", "START_TIME_"}, new String[] {"ACT_HI_TASKINST", "END_TIME_"},
            new String[] {"ACT_HI_DETAIL", "TIME_"}, new String[] {"ACT_HI_IDENTITYLINK", "TIMESTAMP_"},
            new String[] {"ACT_HI_OP_LOG", "TIMESTAMP_"}, new String[] {"ACT_HI_DECINST", "EVAL_TIME_"},
            new String[] {"ACT_HI_INCIDENT", "CREATE_TIME_"}, new String[] {"ACT_HI_INCIDENT", "END_TIME_"},
            new String[] {"ACT_HI_JOB_LOG", "TIMESTAMP_"});

    private final DataSource dataSource;

    EngineHistoryMilliseconds(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return;
            }
            for (String[] column : TIME_COLUMNS) {
                widen(connection, column[0], column[1]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the engine's history times milliseconds", e);
        }
    }

    private static void widen(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DATA_TYPE, DATETIME_PRECISION, IS_NULLABLE FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rs = query.executeQuery()) {
                String type = rs.next() ? rs.getString(1).toUpperCase() : "";
                // Some of these columns are TIMESTAMP: they stay TIMESTAMP (the engine and MariaDB's explicit
                // timestamp defaults, on since 10.10, keep them free of automatic values).
                if (!List.of("DATETIME", "TIMESTAMP").contains(type) || rs.getInt(2) >= 3) {
                    return;
                }
                try (Statement alter = connection.createStatement()) {
                    alter.execute("ALTER TABLE " + table + " MODIFY " + column + " " + type + "(3) "
                            + ("YES".equals(rs.getString(3)) ? "NULL" : "NOT NULL"));
                }
                log.info("Widened {}.{} to {}(3)", table, column, type);
            }
        }
    }
}
